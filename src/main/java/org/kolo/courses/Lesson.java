package org.kolo.courses;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A lesson; its id is stable across edits, so progress survives them. */
@Entity
public class Lesson extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "module_id")
    public String moduleId;

    public int position;

    public int minutes;

    public boolean retired;

    public static List<Lesson> activeOf(String courseId) {
        return list("courseId = ?1 and retired = false order by position", courseId);
    }
}
