package org.kolo.quizzes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an answer fits its question: the right field for the type, and only ids the question has. Returns the
 * key of the translated message that says what is wrong.
 */
public final class AnswerCheck {

    private AnswerCheck() {}

    public static Optional<String> problem(Question question, Answer answer) {
        if (answer == null || answer.filled() != 1 || !fitsType(question.type(), answer)) {
            return Optional.of("wrong-answer-type");
        }
        return switch (question.type()) {
            case SINGLE -> known(question.option(answer.option()).isPresent());
            case MULTIPLE ->
                known(distinct(answer.options())
                        && answer.options().stream()
                                .allMatch(id -> question.option(id).isPresent()));
            case TRUE_FALSE -> Optional.empty();
            case MATCHING ->
                known(answer.pairs().entrySet().stream()
                        .allMatch(e -> question.hasPair(e.getKey()) && question.hasPair(e.getValue())));
            case ORDERING ->
                known(distinct(answer.order())
                        && answer.order().size() == question.items().size()
                        && answer.order().stream().allMatch(question::hasItem));
            case SHORT ->
                answer.text().length() > Answer.LONGEST_TEXT ? Optional.of("answer-too-long") : Optional.empty();
        };
    }

    private static boolean fitsType(QuestionType type, Answer answer) {
        return switch (type) {
            case SINGLE -> answer.option() != null;
            case MULTIPLE -> answer.options() != null;
            case TRUE_FALSE -> answer.value() != null;
            case MATCHING -> answer.pairs() != null;
            case ORDERING -> answer.order() != null;
            case SHORT -> answer.text() != null;
        };
    }

    private static Optional<String> known(boolean allKnown) {
        return allKnown ? Optional.empty() : Optional.of("unknown-option");
    }

    private static boolean distinct(List<String> ids) {
        Set<String> seen = new HashSet<>();
        return ids.stream().allMatch(id -> id != null && seen.add(id));
    }
}
