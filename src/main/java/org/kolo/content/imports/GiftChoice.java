package org.kolo.content.imports;

import static org.kolo.content.imports.GiftAnswer.RIGHT;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kolo.content.imports.ImportedQuestion.Choice;

/**
 * GIFT choice questions as Kolo single or multiple choice. Moodle's rule decides which: an answer marked
 * {@code =} makes it single choice, otherwise the answers with a positive {@code %weight%} are the right ones.
 * Kolo has no weights of its own, so weights survive only where Kolo's grading gives the same points.
 */
final class GiftChoice {

    /** Rounding slack: three right answers are written {@code %33.333%}. */
    private static final double SLACK = 0.1;

    private static final int MAX_OPTIONS = 8;

    private final GiftQuestion question;
    private final List<ImportProblem> problems;

    private GiftChoice(GiftQuestion question, List<ImportProblem> problems) {
        this.question = question;
        this.problems = problems;
    }

    static Optional<ImportedQuestion> read(GiftQuestion question, List<ImportProblem> problems) {
        return new GiftChoice(question, problems).read();
    }

    private Optional<ImportedQuestion> read() {
        List<GiftAnswer> answers = question.answers().splitBefore("=~").stream()
                .map(GiftAnswer::parse)
                .toList();
        Optional<GiftAnswer> empty =
                answers.stream().filter(answer -> answer.text() == null).findFirst();
        if (empty.isPresent()) {
            problems.add(ImportProblem.error(empty.get().line(), "an answer without text"));
            return Optional.empty();
        }
        if (answers.size() < 2) {
            problems.add(ImportProblem.error(question.line(), "a choice question needs at least 2 answers"));
            return Optional.empty();
        }
        if (answers.size() > MAX_OPTIONS) {
            problems.add(ImportProblem.leftOut(
                    question.line(),
                    "Kolo allows 2 to " + MAX_OPTIONS + " answers and this question has " + answers.size()));
            return Optional.empty();
        }
        boolean single = answers.stream().anyMatch(answer -> answer.marker() == RIGHT);
        return single ? single(answers) : multiple(answers);
    }

    private Optional<ImportedQuestion> single(List<GiftAnswer> answers) {
        if (answers.stream().filter(answer -> fraction(answer) >= 100).count() > 1) {
            problems.add(ImportProblem.leftOut(
                    question.line(),
                    "several answers are fully right, but a Kolo single-choice question has exactly one"));
            return Optional.empty();
        }
        reportWeights(
                answers.stream()
                        .filter(answer -> fraction(answer) != 0 && fraction(answer) < 100)
                        .toList(),
                "weights on wrong answers are not kept (%s): in Kolo single choice they count as wrong");
        return choice(answers, false, answer -> fraction(answer) >= 100);
    }

    private Optional<ImportedQuestion> multiple(List<GiftAnswer> answers) {
        List<GiftAnswer> right =
                answers.stream().filter(answer -> fraction(answer) > 0).toList();
        if (right.isEmpty()) {
            problems.add(ImportProblem.error(
                    question.line(), "no right answer: mark it with = or give the right answers a positive %weight%"));
            return Optional.empty();
        }
        double share = 100.0 / right.size();
        if (right.stream().anyMatch(answer -> Math.abs(fraction(answer) - share) > SLACK)) {
            reportWeights(
                    right,
                    "unequal weights on right answers are not kept (%s): in Kolo each right answer "
                            + "counts the same");
        }
        reportWeights(
                answers.stream()
                        .filter(answer -> fraction(answer) < 0 && Math.abs(fraction(answer) + share) > SLACK)
                        .toList(),
                "weights on wrong answers are not kept (%s): in Kolo each wrong tick takes back one right "
                        + "answer's share");
        return choice(answers, true, answer -> fraction(answer) > 0);
    }

    /** One problem at the first weighted answer, naming all the weights that are lost. */
    private void reportWeights(List<GiftAnswer> weighted, String message) {
        if (!weighted.isEmpty()) {
            String weights =
                    weighted.stream().map(answer -> answer.shownWeight() + "%").collect(Collectors.joining(", "));
            problems.add(ImportProblem.unsupported(weighted.get(0).line(), String.format(message, weights)));
        }
    }

    private Optional<ImportedQuestion> choice(List<GiftAnswer> answers, boolean multiple, Predicate<GiftAnswer> right) {
        List<ImportedOption> options = answers.stream()
                .map(answer -> new ImportedOption(answer.text(), right.test(answer), answer.feedback()))
                .toList();
        return Optional.of(new Choice(question.id(), question.text(), question.explanation(), multiple, options));
    }

    /** Moodle's share of the points for an answer, in percent; '=' is always all of them. */
    private static double fraction(GiftAnswer answer) {
        if (answer.marker() == RIGHT) {
            return 100;
        }
        return answer.weight() == null ? 0 : answer.weight();
    }
}
