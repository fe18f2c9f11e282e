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

/** One language of a lesson, rendered to safe HTML at import. */
@Entity
@Table(name = "lesson_text")
@IdClass(LessonText.Key.class)
public class LessonText extends PanacheEntityBase {

    @Id
    @Column(name = "lesson_id")
    public String lessonId;

    @Id
    public String language;

    public String title;

    public String html;

    public int words;

    @Column(name = "card_title")
    public String cardTitle;

    /** The pocket card's section, in Markdown; null when the lesson has none. */
    public String card;

    /** SHA-256 of the Markdown file it was rendered from: an unchanged file is not written again. */
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<LessonText> ofLesson(String lessonId) {
        return list("lessonId", lessonId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String lessonId;
        public String language;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(lessonId, key.lessonId)
                    && Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lessonId, language);
        }
    }
}
