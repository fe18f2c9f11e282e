package org.kolo.quizzes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The answer given to one question of an attempt; saving again replaces it until the attempt is submitted. */
@Entity
@Table(name = "quiz_answer")
@IdClass(QuizAnswer.Key.class)
public class QuizAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_id")
    public UUID attemptId;

    @Id
    @Column(name = "question_id")
    public String questionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Answer answer;

    @Column(name = "saved_at")
    public Instant savedAt;

    public BigDecimal score;

    public Boolean correct;

    public static List<QuizAnswer> of(UUID attemptId) {
        return list("attemptId", attemptId);
    }

    /** The composite key: an attempt and a question. */
    public static class Key implements Serializable {
        public UUID attemptId;
        public String questionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(attemptId, key.attemptId)
                    && Objects.equals(questionId, key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, questionId);
        }
    }
}
