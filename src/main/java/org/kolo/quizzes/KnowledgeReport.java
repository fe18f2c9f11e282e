package org.kolo.quizzes;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kolo.accounts.ReportScope;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.reach.SmallNumbers;

/**
 * A course's test before and after, compared: average scores, the gain, and how hard each question was (the share
 * who answered it fully right). Each person counts once per test, with her first submitted attempt: what she knew
 * before, and what she took from the course before a second try could teach her the questions. Groups
 * under {@link SmallNumbers#SMALLEST_SHOWN} people are hidden, so no one can be singled out.
 */
@ApplicationScoped
public class KnowledgeReport {

    @Inject
    EntityManager entityManager;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(
            String course,
            List<String> cities,
            Score before,
            Score after,
            BigDecimal gain,
            List<QuestionDifficulty> questions) {}

    /** A quiz's average score over the people who took it; hidden below five people. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Score(String quiz, Integer people, BigDecimal averagePercent, boolean hidden) {}

    /** The share of people answering a question fully right; hidden below five answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionDifficulty(
            String quiz, String question, Integer answered, BigDecimal correctShare, boolean hidden) {}

    /** The report for the cities of a scope, or for the whole region. */
    public Report of(CatalogCourse course, ReportScope scope) {
        String city = scope.sqlParameter();
        Score before = score(course.testBefore(), city);
        Score after = score(course.testAfter(), city);
        BigDecimal gain = before == null || after == null || before.hidden() || after.hidden()
                ? null
                : after.averagePercent().subtract(before.averagePercent());
        List<QuestionDifficulty> questions = new ArrayList<>();
        for (String quiz : new String[] {course.testBefore(), course.testAfter()}) {
            if (quiz != null) {
                questions.addAll(difficulty(quiz, city));
            }
        }
        return new Report(course.id(), scope.cities(), before, after, gain, questions);
    }

    private Score score(String quizId, String city) {
        if (quizId == null) {
            return null;
        }
        Object[] row = (Object[]) entityManager
                .createNativeQuery(COUNTED + """
                select count(*), avg(percent) from counted
                """)
                .setParameter(1, quizId)
                .setParameter(2, city)
                .getSingleResult();
        int people = ((Number) row[0]).intValue();
        if (SmallNumbers.tooFewToDescribe(people)) {
            return new Score(quizId, null, null, true);
        }
        return new Score(quizId, people, round((BigDecimal) row[1]), false);
    }

    @SuppressWarnings("unchecked")
    private List<QuestionDifficulty> difficulty(String quizId, String city) {
        List<Object[]> rows = entityManager
                .createNativeQuery(COUNTED + """
                select a.question_id, count(*), count(*) filter (where a.correct)
                from counted c join quiz_answer a on a.attempt_id = c.id
                group by a.question_id order by a.question_id
                """)
                .setParameter(1, quizId)
                .setParameter(2, city)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    int answered = ((Number) r[1]).intValue();
                    if (SmallNumbers.tooFewToDescribe(answered)) {
                        return new QuestionDifficulty(quizId, (String) r[0], null, null, true);
                    }
                    BigDecimal share = BigDecimal.valueOf(((Number) r[2]).doubleValue() / answered)
                            .setScale(2, RoundingMode.HALF_UP);
                    return new QuestionDifficulty(quizId, (String) r[0], answered, share, false);
                })
                .toList();
    }

    /** One submitted attempt per person: her first. */
    private static final String COUNTED = """
            with counted as (
                select distinct on (account_id) id, account_id, percent
                from quiz_attempt
                where quiz_id = ?1 and submitted_at is not null and (?2 = '*' or city = any(string_to_array(?2, ',')))
                order by account_id, number)
            """;

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
