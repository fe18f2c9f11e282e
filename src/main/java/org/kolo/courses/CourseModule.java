package org.kolo.courses;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A titled group of lessons within a course. */
@Entity
@Table(name = "course_module")
@IdClass(CourseModule.Key.class)
public class CourseModule extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    @Id
    public String id;

    public int position;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    public boolean retired;

    public static List<CourseModule> activeOf(String courseId) {
        return list("courseId = ?1 and retired = false order by position", courseId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String courseId;
        public String id;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(courseId, key.courseId) && Objects.equals(id, key.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, id);
        }
    }
}
