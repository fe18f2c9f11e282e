package org.kolo.quizzes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One try at a quiz by one person: the questions it asks, fixed at its start, and its result once submitted. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "account_id")
    public String accountId;

    public String city;

    /** The training session the attempt was taken in, once sessions exist. */
    @Column(name = "session_id")
    public UUID sessionId;

    public int number;

    @Column(name = "quiz_version")
    public int quizVersion;

    /** The questions asked, in order, each with the order its choices are shown in. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AskedQuestion> layout;

    @Column(name = "started_at")
    public Instant startedAt;

    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public BigDecimal score;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public BigDecimal percent;

    public Boolean passed;

    /** A question as this attempt asks it: {@code order} lists option, item or right-side ids as shown. */
    public record AskedQuestion(String question, List<String> order) {}

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    public static Optional<QuizAttempt> open(String quizId, String accountId) {
        return find("quizId = ?1 and accountId = ?2 and submittedAt is null", quizId, accountId)
                .firstResultOptional();
    }

    public static List<QuizAttempt> of(String quizId, String accountId) {
        return list("quizId = ?1 and accountId = ?2 order by number", quizId, accountId);
    }
}
