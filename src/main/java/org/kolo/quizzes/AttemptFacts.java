package org.kolo.quizzes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kolo.quizzes.QuizAttempt.AskedQuestion;

/**
 * What never changes about an attempt once it has started: whose it is, its quiz and the questions it asks. Every
 * answer is checked against these, so they are remembered instead of read again for each of an attempt's answers;
 * what does change (submitted, time up) is left to the statement that writes the answer.
 */
@ApplicationScoped
public class AttemptFacts {

    private static final TypeReference<List<AskedQuestion>> LAYOUT = new TypeReference<>() {};

    /** The facts of one attempt. */
    public record Facts(String quizId, String accountId, Set<String> questions) {

        static Facts of(QuizAttempt attempt) {
            return new Facts(attempt.quizId, attempt.accountId, questionsOf(attempt.layout));
        }

        boolean asks(String questionId) {
            return questions.contains(questionId);
        }
    }

    // An attempt lasts minutes to hours; a class's attempts fit many times over.
    private final Cache<UUID, Facts> known = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** The attempt's facts, or empty when there is no such attempt. */
    public Optional<Facts> of(UUID attemptId) {
        Facts facts = known.getIfPresent(attemptId);
        if (facts == null) {
            facts = read(attemptId);
            if (facts != null) {
                known.put(attemptId, facts);
            }
        }
        return Optional.ofNullable(facts);
    }

    /** Remembers a started attempt, so that its first answer does not read it again. */
    void started(QuizAttempt attempt) {
        known.put(attempt.id, Facts.of(attempt));
    }

    private Facts read(UUID attemptId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select quiz_id, account_id, layout from quiz_attempt where id = ?")) {
            query.setObject(1, attemptId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Facts(
                        row.getString(1), row.getString(2), questionsOf(json.readValue(row.getString(3), LAYOUT)));
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        } catch (IOException e) {
            throw new IllegalStateException("an attempt's layout is not the JSON Kolo writes", e);
        }
    }

    private static Set<String> questionsOf(List<AskedQuestion> layout) {
        return layout.stream().map(AskedQuestion::question).collect(Collectors.toUnmodifiableSet());
    }
}
