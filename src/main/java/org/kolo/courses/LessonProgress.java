package org.kolo.courses;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One person's visit to and completion of one lesson. Only its owner ever reads it one by one. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Id
    @Column(name = "lesson_id")
    public String lessonId;

    public String city;

    @Column(name = "first_visited_at")
    public Instant firstVisitedAt;

    @Column(name = "last_visited_at")
    public Instant lastVisitedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public boolean isDone() {
        return completedAt != null;
    }

    public static List<LessonProgress> ofAccount(String accountId) {
        return list("accountId", accountId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String accountId;
        public String lessonId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(lessonId, key.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, lessonId);
        }
    }
}
