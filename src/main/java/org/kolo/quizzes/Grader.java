package org.kolo.quizzes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kolo.quizzes.Question.Option;

/** Scores one answer on the server; a learner's browser never sees the correct answers before submitting. */
public final class Grader {

    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´‘ʹ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.!?;,]+$");

    private Grader() {}

    /** Points earned, from 0 to the question's points. An unanswered question earns nothing. */
    public static double score(Question question, Answer answer) {
        if (answer == null || AnswerCheck.problem(question, answer).isPresent()) {
            return 0;
        }
        return question.points() * share(question, answer);
    }

    /** Whether the answer earns every point of the question. */
    public static boolean isCorrect(Question question, Answer answer) {
        return answer != null && score(question, answer) >= question.points() - 1e-9;
    }

    private static double share(Question question, Answer answer) {
        return switch (question.type()) {
            case SINGLE -> question.option(answer.option()).map(Option::correct).orElse(false) ? 1 : 0;
            case MULTIPLE -> multiple(question, Set.copyOf(answer.options()));
            case TRUE_FALSE -> answer.value().equals(question.answer()) ? 1 : 0;
            case MATCHING ->
                partOrAll(
                        question.partialCredit(),
                        question.pairs().stream()
                                .filter(p -> p.id().equals(answer.pairs().get(p.id())))
                                .count(),
                        question.pairs().size());
            case ORDERING ->
                partOrAll(
                        question.partialCredit(),
                        inPlace(question, answer.order()),
                        question.items().size());
            case SHORT -> accepted(question, answer.text()) ? 1 : 0;
        };
    }

    /** With partial credit: right ticks minus wrong ticks over the correct options, never below nothing. */
    private static double multiple(Question question, Set<String> ticked) {
        Set<String> correct = question.options().stream()
                .filter(Option::correct)
                .map(Option::id)
                .collect(Collectors.toSet());
        if (!question.partialCredit()) {
            return correct.equals(ticked) ? 1 : 0;
        }
        long right = ticked.stream().filter(correct::contains).count();
        long wrong = ticked.size() - right;
        return Math.max(0, (double) (right - wrong) / correct.size());
    }

    private static long inPlace(Question question, List<String> order) {
        long count = 0;
        for (int i = 0; i < order.size(); i++) {
            count += question.items().get(i).id().equals(order.get(i)) ? 1 : 0;
        }
        return count;
    }

    private static double partOrAll(boolean partial, long right, int total) {
        if (partial) {
            return (double) right / total;
        }
        return right == total ? 1 : 0;
    }

    private static boolean accepted(Question question, String text) {
        String given = normalised(text);
        return !given.isEmpty()
                && question.accepted().values().stream()
                        .flatMap(List::stream)
                        .anyMatch(answer -> normalised(answer).equals(given));
    }

    /** Case, spacing, apostrophes, final punctuation and ё/е make no difference to a short answer. */
    public static String normalised(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        value = APOSTROPHES.matcher(value).replaceAll("");
        value = SPACES.matcher(value.strip()).replaceAll(" ");
        return END_PUNCTUATION.matcher(value).replaceAll("");
    }
}
