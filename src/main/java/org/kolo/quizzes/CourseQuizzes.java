package org.kolo.quizzes;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog;
import org.kolo.web.Texts;

/** The quizzes a course page lists, as {@code inject:courseQuizzes} in templates, with the reader's results. */
@Named("courseQuizzes")
@RequestScoped
public class CourseQuizzes {

    @Inject
    QuizBank quizzes;

    @Inject
    Catalog catalog;

    @Inject
    QuizResults results;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    /** A quiz link: its title, whether the course needs it, whether it is the test before or after. */
    public record QuizLink(String id, String title, boolean required, String role, boolean passed) {
    }

    /** Trainers, coordinators and admins see the course's before/after report. */
    public boolean canSeeReport() {
        return user.hasRole(org.kolo.accounts.Roles.TRAINER) || user.hasRole(org.kolo.accounts.Roles.COORDINATOR)
                || user.hasRole(org.kolo.accounts.Roles.ADMIN);
    }

    public List<QuizLink> of(String courseId) {
        var course = catalog.course(courseId).orElse(null);
        if (course == null) {
            return List.of();
        }
        Set<String> passed = user.isAuthenticated() ? results.passed(user.id().orElseThrow()) : Set.of();
        return quizzes.ofCourse(courseId).stream().sorted(java.util.Comparator.comparingInt(
                (Quiz q) -> q.id().equals(course.testBefore()) ? 0 : q.id().equals(course.testAfter()) ? 2 : 1))
                .map(q -> new QuizLink(q.id(), texts.pick(q.titles()), course.requiredQuizzes().contains(q.id()),
                        q.id().equals(course.testBefore()) ? "before" : q.id().equals(course.testAfter()) ? "after" : "",
                        passed.contains(q.id())))
                .toList();
    }
}
