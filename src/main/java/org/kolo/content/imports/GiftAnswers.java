package org.kolo.content.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kolo.content.imports.ImportedQuestion.Matching;
import org.kolo.content.imports.ImportedQuestion.ShortAnswer;
import org.kolo.content.imports.ImportedQuestion.TrueFalse;

/**
 * Tells a GIFT question's type from the inside of its braces, in the order Moodle's importer does, and reads
 * true/false, matching and short-answer questions; choice questions are {@link GiftChoice}'s.
 */
final class GiftAnswers {

    private static final Set<String> TRUE = Set.of("T", "TRUE");
    private static final Set<String> TRUE_OR_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final int MIN_PAIRS = 2;
    private static final int MAX_PAIRS = 8;

    private final GiftQuestion question;
    private final List<ImportProblem> problems;

    private GiftAnswers(GiftQuestion question, List<ImportProblem> problems) {
        this.question = question;
        this.problems = problems;
    }

    static Optional<ImportedQuestion> read(GiftQuestion question, List<ImportProblem> problems) {
        return new GiftAnswers(question, problems).read();
    }

    private Optional<ImportedQuestion> read() {
        GiftText answers = question.answers();
        if (answers.isEmpty()) {
            return leftOut("essay questions are not supported: Kolo grades every answer itself");
        }
        if (answers.startsWith("#")) {
            return leftOut("numeric questions are not supported");
        }
        if (answers.contains("~")) {
            return GiftChoice.read(question, problems);
        }
        if (answers.contains("=") && answers.contains("->")) {
            return matching(answers);
        }
        int hash = answers.indexOf("#", 0);
        String head = (hash > 0 ? answers.slice(0, hash) : answers).strip().toString();
        return TRUE_OR_FALSE.contains(head) ? trueFalse(answers, TRUE.contains(head)) : shortAnswer(answers);
    }

    /** {@code {T#shown after a wrong answer#shown after the right one}}: Moodle's order, whichever is right. */
    private Optional<ImportedQuestion> trueFalse(GiftText answers, boolean answer) {
        int first = answers.indexOf("#", 0);
        int second = first < 0 ? -1 : answers.indexOf("#", first + 1);
        int wrongEnd = second < 0 ? answers.length() : second;
        String wrong = first < 0
                ? null
                : GiftFormat.plain(answers.slice(first + 1, wrongEnd).toString());
        String right =
                second < 0 ? null : GiftFormat.plain(answers.slice(second + 1).toString());
        return Optional.of(new TrueFalse(
                question.id(),
                question.text(),
                question.explanation(),
                answer,
                answer ? right : wrong,
                answer ? wrong : right));
    }

    private Optional<ImportedQuestion> matching(GiftText answers) {
        List<ImportedPair> pairs = new ArrayList<>();
        boolean broken = false;
        for (GiftText piece : answers.splitBefore("=")) {
            GiftText pair = piece.startsWith("=") ? piece.slice(1) : piece;
            int arrow = pair.indexOf("->", 0);
            String left =
                    arrow < 0 ? null : GiftFormat.plain(pair.slice(0, arrow).toString());
            String right =
                    arrow < 0 ? null : GiftFormat.plain(pair.slice(arrow + 2).toString());
            if (right == null) {
                problems.add(ImportProblem.error(piece.line(), "a matching pair is written =left -> right"));
                broken = true;
            } else if (left == null) {
                problems.add(ImportProblem.unsupported(
                        piece.line(),
                        "the extra right side '" + right
                                + "' is not kept: Kolo offers only the right sides of the pairs"));
            } else {
                pairs.add(new ImportedPair(left, right));
            }
        }
        if (broken) {
            return Optional.empty();
        }
        if (pairs.size() < MIN_PAIRS) {
            problems.add(ImportProblem.error(question.line(), "a matching question needs at least 2 pairs"));
            return Optional.empty();
        }
        if (pairs.size() > MAX_PAIRS) {
            return leftOut("Kolo allows 2 to " + MAX_PAIRS + " pairs and this question has " + pairs.size());
        }
        return Optional.of(new Matching(question.id(), question.text(), question.explanation(), pairs));
    }

    private Optional<ImportedQuestion> shortAnswer(GiftText answers) {
        List<String> accepted = new ArrayList<>();
        for (GiftText piece : answers.splitBefore("=")) {
            GiftAnswer answer = GiftAnswer.parse(piece);
            if (answer.text() == null) {
                problems.add(ImportProblem.error(answer.line(), "an answer without text"));
                return Optional.empty();
            }
            if (answer.weight() != null && answer.weight() < 100) {
                problems.add(ImportProblem.unsupported(
                        answer.line(),
                        "the answer '" + answer.text() + "' is worth "
                                + answer.shownWeight()
                                + "% in Moodle; Kolo accepts an answer fully or not at all, so it "
                                + "is left out"));
            } else {
                accepted.add(answer.text());
            }
            if (answer.feedback() != null) {
                problems.add(ImportProblem.unsupported(answer.line(), "feedback on short answers is not kept"));
            }
        }
        if (accepted.isEmpty()) {
            return leftOut("no answer is fully right");
        }
        return Optional.of(new ShortAnswer(question.id(), question.text(), question.explanation(), accepted));
    }

    private Optional<ImportedQuestion> leftOut(String reason) {
        problems.add(ImportProblem.leftOut(question.line(), reason));
        return Optional.empty();
    }
}
