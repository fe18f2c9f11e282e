package org.kolo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kolo.accounts.LastSeen;
import org.kolo.courses.Catalog;
import org.kolo.courses.CourseProgress;
import org.kolo.courses.ProgressService;
import org.kolo.courses.ProgressSnapshot;

/** What staff see of a woman's learning on her account page: when she last signed in, and the courses she began. */
@ApplicationScoped
public class PersonLearning {

    @Inject
    Catalog catalog;

    @Inject
    ProgressService progress;

    @Inject
    LastSeen lastSeen;

    /** A course she began, with its title in every language and how far she is. */
    public record Course(Map<String, String> titles, int percent, boolean completed) {}

    public record Learning(Optional<LocalDate> lastSignIn, List<Course> courses) {}

    public Learning of(String accountId) {
        ProgressSnapshot snapshot = progress.of(accountId);
        List<Course> courses = catalog.courses().stream()
                .map(course -> {
                    CourseProgress p = progress.progressIn(course, snapshot);
                    return p.opened() ? new Course(course.titles(), p.percent(), p.completed()) : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Learning(lastSeen.of(accountId), courses);
    }
}
