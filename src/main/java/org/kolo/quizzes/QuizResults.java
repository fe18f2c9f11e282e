package org.kolo.quizzes;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kolo.courses.QuizOutcomes;

/** Which attempt counts for a person, by the quiz's rule (highest or last), and so which quizzes she passed. */
@ApplicationScoped
public class QuizResults implements QuizOutcomes {

    @Inject
    QuizBank quizzes;

    /** A person's attempts at a quiz so far, the one in progress, and the result that counts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Standing(
            int attemptsUsed,
            Integer attemptsLeft,
            UUID inProgress,
            UUID counted,
            BigDecimal percent,
            boolean passed) {}

    public Standing standing(Quiz quiz, String accountId) {
        List<QuizAttempt> attempts = QuizAttempt.of(quiz.id(), accountId);
        UUID open = attempts.stream()
                .filter(a -> !a.isSubmitted())
                .map(a -> a.id)
                .findFirst()
                .orElse(null);
        Optional<QuizAttempt> counted = counted(quiz, attempts);
        Integer left = quiz.unlimitedAttempts() ? null : Math.max(0, quiz.attempts() - attempts.size());
        return new Standing(
                attempts.size(),
                left,
                open,
                counted.map(a -> a.id).orElse(null),
                counted.map(a -> a.percent).orElse(null),
                counted.map(a -> Boolean.TRUE.equals(a.passed)).orElse(false));
    }

    /** The submitted attempt whose result counts: the best one, or the latest one. */
    static Optional<QuizAttempt> counted(Quiz quiz, List<QuizAttempt> attempts) {
        List<QuizAttempt> submitted =
                attempts.stream().filter(QuizAttempt::isSubmitted).toList();
        Comparator<QuizAttempt> order = quiz.counts() == Quiz.Counts.HIGHEST
                ? Comparator.comparing((QuizAttempt a) -> a.percent).thenComparing(a -> -a.number)
                : Comparator.comparingInt(a -> a.number);
        return submitted.stream().max(order);
    }

    /** The quizzes a person passed, by the rule of each. */
    @Override
    public Set<String> passed(String accountId) {
        List<QuizAttempt> all = QuizAttempt.list("accountId = ?1 and submittedAt is not null", accountId);
        return all.stream().collect(Collectors.groupingBy(a -> a.quizId)).entrySet().stream()
                .filter(e -> quizzes.quiz(e.getKey())
                        .flatMap(quiz -> counted(quiz, e.getValue()))
                        .map(a -> Boolean.TRUE.equals(a.passed))
                        .orElse(false))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
