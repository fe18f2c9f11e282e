package org.kolo.quizzes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt as its owner sees it, in her language. Before a question is reviewed it carries no correct answer,
 * no score and no feedback: those appear only after submitting (or, with feedback after each question, once the
 * answer is final).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptView(
        UUID id,
        String quiz,
        String course,
        String title,
        int number,
        String state,
        Instant startedAt,
        Instant deadline,
        Long secondsLeft,
        String feedback,
        Result result,
        List<QuestionView> questions) {

    public static final String IN_PROGRESS = "in-progress";
    public static final String SUBMITTED = "submitted";

    public boolean submitted() {
        return SUBMITTED.equals(state);
    }

    /** The time left as minutes and seconds, {@code 14:05}. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String timeLeft() {
        return secondsLeft == null ? "" : String.format("%d:%02d", secondsLeft / 60, secondsLeft % 60);
    }

    /** The score of a submitted attempt. */
    public record Result(
            BigDecimal score,
            BigDecimal maxScore,
            BigDecimal percent,
            boolean passed,
            int passMark,
            Instant submittedAt) {}

    /** A question with its choices in the order this attempt shows them, and the saved answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(
            String id,
            String type,
            int position,
            String text,
            double points,
            List<Choice> choices,
            List<Choice> lefts,
            Answer answer,
            Review review) {

        public boolean answered() {
            return answer != null;
        }

        /** Whether an option, item or right side is the one saved (for forms). */
        public boolean chose(String id) {
            return answer != null
                    && (id.equals(answer.option())
                            || answer.options() != null && answer.options().contains(id));
        }

        public boolean chose(String left, String right) {
            return answer != null
                    && answer.pairs() != null
                    && right.equals(answer.pairs().get(left));
        }

        /** The place (from 1) the saved answer gives an ordering item, or 0. */
        public int placeOf(String item) {
            return answer == null || answer.order() == null ? 0 : answer.order().indexOf(item) + 1;
        }
    }

    /** An answer as saved; with feedback after each question, its review comes with it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SavedAnswer(String question, Answer answer, Review review) {}

    /** A choice: an option, an ordering item, or a side of a matching pair. */
    public record Choice(String id, String text) {}

    /** How the question went: points, whether fully right, feedback on what she chose, the right answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(
            double score,
            boolean correct,
            List<String> feedback,
            String explanation,
            Answer rightAnswer,
            String rightAnswerText) {}
}
