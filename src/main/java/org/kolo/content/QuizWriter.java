package org.kolo.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kolo.quizzes.Quiz;

/**
 * Writes a course's quizzes as part of its import. Attempts and answers are never touched; a quiz that left the
 * content is retired, so its results stay in reports.
 */
@ApplicationScoped
public class QuizWriter {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String courseId, List<Quiz> quizzes) {
        for (Quiz quiz : quizzes) {
            entityManager
                    .createNativeQuery("""
                    insert into quiz (id, course_id, version, definition, retired, updated_at)
                    values (?1, ?2, ?3, cast(?4 as jsonb), false, now())
                    on conflict (id) do update set course_id = excluded.course_id, version = excluded.version,
                        definition = excluded.definition, retired = false,
                        updated_at = case when quiz.definition = excluded.definition and not quiz.retired
                                          then quiz.updated_at else now() end
                    """)
                    .setParameter(1, quiz.id())
                    .setParameter(2, courseId)
                    .setParameter(3, quiz.version())
                    .setParameter(4, definition(quiz))
                    .executeUpdate();
        }
        List<String> present = quizzes.stream().map(Quiz::id).toList();
        entityManager
                .createNativeQuery("""
                update quiz set retired = true, updated_at = now()
                where course_id = ?1 and not retired and not (id = any(cast(?2 as varchar[])))
                """)
                .setParameter(1, courseId)
                .setParameter(2, present.toArray(String[]::new))
                .executeUpdate();
    }

    private String definition(Quiz quiz) {
        try {
            return json.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quiz " + quiz.id() + " cannot be written as JSON", e);
        }
    }
}
