package org.kolo.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Answers as they are sent, straight through JDBC: an answer is a single statement committed on its own, where
 * Hibernate and a JTA transaction around it cost more than the statement.
 */
@ApplicationScoped
public class AnswerStore {

    /**
     * Written only while the attempt is in progress and within its time limit (the database's clock, as the
     * deadline was set against it). {@code for share} holds the attempt's row until the answer is committed: a
     * submit ({@code for update}) waits for it and grades it, or the answer waits for the submit and then finds the
     * attempt submitted.
     */
    private static final String SAVE = """
            insert into quiz_answer (attempt_id, question_id, answer, saved_at)
            select id, ?, cast(? as jsonb), now() from quiz_attempt
            where id = ? and submitted_at is null and (deadline is null or deadline > now()) for share
            on conflict (attempt_id, question_id) do update set answer = excluded.answer, saved_at = now()
            where not ?
            """;

    /** Why nothing was written; asked only then. */
    private static final String REFUSAL = """
            select case when submitted_at is not null then 'attempt-submitted'
                        when deadline is not null and deadline <= now() then 'time-up'
                        else 'answer-final' end
            from quiz_attempt where id = ?
            """;

    @Inject
    DataSource dataSource;

    /**
     * Saves or replaces the answer to one question of an attempt in progress, or says why it did not: the attempt
     * is submitted, its time is up, or a final answer is already there.
     */
    public Optional<String> save(UUID attemptId, String questionId, String answerJson, boolean finalAnswers) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement save = connection.prepareStatement(SAVE)) {
            save.setString(1, questionId);
            save.setString(2, answerJson);
            save.setObject(3, attemptId);
            save.setBoolean(4, finalAnswers);
            if (save.executeUpdate() == 1) {
                return Optional.empty();
            }
            try (PreparedStatement why = connection.prepareStatement(REFUSAL)) {
                why.setObject(1, attemptId);
                try (ResultSet row = why.executeQuery()) {
                    if (!row.next()) {
                        throw new NotFoundException(); // deleted meanwhile
                    }
                    return Optional.of(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
