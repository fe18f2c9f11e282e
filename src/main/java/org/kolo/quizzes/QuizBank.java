package org.kolo.quizzes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kolo.courses.ContentPublished;

/** The published quizzes, held in memory like the course catalogue and rebuilt after every import. */
@ApplicationScoped
public class QuizBank {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    private volatile Map<String, Quiz> quizzes;

    void refresh(@Observes ContentPublished published) {
        quizzes = null;
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(all().get(id));
    }

    /** A course's quizzes, in the order of their ids. */
    public List<Quiz> ofCourse(String courseId) {
        return all().values().stream()
                .filter(q -> q.courseId().equals(courseId))
                .toList();
    }

    private Map<String, Quiz> all() {
        Map<String, Quiz> current = quizzes;
        if (current == null) {
            current = QuarkusTransaction.requiringNew().call(this::load);
            quizzes = current;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Quiz> load() {
        Map<String, Quiz> loaded = new LinkedHashMap<>();
        List<Object[]> rows = entityManager
                .createNativeQuery("select id, cast(definition as text) from quiz where not retired order by id")
                .getResultList();
        for (Object[] row : rows) {
            try {
                loaded.put((String) row[0], json.readValue((String) row[1], Quiz.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("quiz " + row[0] + " in the database cannot be read", e);
            }
        }
        return java.util.Collections.unmodifiableMap(loaded);
    }
}
