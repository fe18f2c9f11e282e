package org.kolo.quizzes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz as its content file defines it: texts per language, settings, and questions with their answers. It holds
 * the correct answers, so it never leaves the server as such: pages and the API show {@link Question} texts only.
 */
public record Quiz(
        String id,
        String courseId,
        int version,
        Map<String, String> titles,
        Map<String, String> intro,
        int passMark,
        int attempts,
        Counts counts,
        Integer timeLimitMinutes,
        Feedback feedback,
        int perPage,
        boolean required,
        boolean shuffle,
        Integer draw,
        List<Question> questions) {

    /** Which attempt gives the result. */
    public enum Counts {
        HIGHEST,
        LAST
    }

    /**
     * When a learner sees whether she was right: after submitting, after each page, or never (a test before a
     * course, whose questions should not be learnt from its answers).
     */
    public enum Feedback {
        AFTER_SUBMIT,
        AFTER_EACH,
        NONE;

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitMinutes).map(Duration::ofMinutes);
    }

    /** How many questions an attempt asks. */
    public int asked() {
        return draw == null ? questions.size() : Math.min(draw, questions.size());
    }

    /** How many pages an attempt asking {@code questions} questions has (at least one). */
    public int pages(int questions) {
        return Math.max(1, (questions + perPage - 1) / perPage);
    }

    public boolean unlimitedAttempts() {
        return attempts == 0;
    }
}
