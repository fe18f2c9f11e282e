package org.kolo.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.kolo.courses.CourseAccess;

/** A quiz can be opened by whoever may read its course; an unknown quiz is not found. */
@ApplicationScoped
public class QuizAccess {

    @Inject
    QuizBank quizzes;

    @Inject
    CourseAccess courses;

    public Quiz readable(String quizId) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        courses.readable(quiz.courseId());
        return quiz;
    }

    /** The quiz an attempt belongs to. */
    public Quiz of(QuizAttempt attempt) {
        return quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new);
    }
}
