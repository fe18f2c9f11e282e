package org.kolo.quizzes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.courses.Catalog;
import org.kolo.web.Texts;

/** The quizzes a course page lists, as {@code inject:courseQuizzes} in templates. */
@Named("courseQuizzes")
@RequestScoped
public class CourseQuizzes {

    @Inject
    QuizBank quizzes;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    /** A quiz link: its title, whether the course needs it, whether it is the test before or after. */
    public record QuizLink(String id, String title, boolean required, String role, boolean passed) {}

    /** Trainers, coordinators and admins see the course's before/after report. */
    public boolean canSeeReport() {
        return user.hasRole(Roles.TRAINER) || user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADMIN);
    }

    /** The course's quizzes, the test before first and the test after last, marked with what she passed. */
    public List<QuizLink> of(String courseId, Set<String> passed) {
        var course = catalog.course(courseId).orElse(null);
        if (course == null) {
            return List.of();
        }
        List<String> order = List.of("before", "", "after");
        return quizzes.ofCourse(courseId).stream()
                .map(q -> new QuizLink(
                        q.id(),
                        texts.pick(q.titles()),
                        course.requiredQuizzes().contains(q.id()),
                        q.id().equals(course.testBefore())
                                ? "before"
                                : q.id().equals(course.testAfter()) ? "after" : "",
                        passed.contains(q.id())))
                .sorted(Comparator.comparingInt(link -> order.indexOf(link.role())))
                .toList();
    }
}
