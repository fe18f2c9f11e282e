package org.kolo.quizzes;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.kolo.accounts.CurrentUser;

/** A quiz's description and starting an attempt. Results are personal, so every call needs a login. */
@Path("/api/quizzes/{quiz}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

    @Inject
    QuizAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Attempts attempts;

    @Inject
    AttemptViews views;

    @Inject
    QuizResults results;

    /** What a learner needs to know before starting, and how she did so far. */
    public record QuizSummary(
            String id,
            String course,
            String title,
            String intro,
            int questions,
            int passMark,
            int attemptsAllowed,
            int attemptsUsed,
            String counts,
            Integer timeLimitMinutes,
            String feedback,
            boolean required,
            QuizResults.Standing standing) {}

    @GET
    public QuizSummary summary(@PathParam("quiz") String quizId) {
        Quiz quiz = access.readable(quizId);
        QuizResults.Standing standing = results.standing(quiz, user.id().orElseThrow());
        return new QuizSummary(
                quiz.id(),
                quiz.courseId(),
                views.title(quiz),
                views.intro(quiz),
                quiz.asked(),
                quiz.passMark(),
                quiz.attempts(),
                standing.attemptsUsed(),
                quiz.counts().name().toLowerCase(),
                quiz.timeLimitMinutes(),
                quiz.feedback().code(),
                quiz.required(),
                standing);
    }

    /** Starts an attempt (201), or resumes the one in progress (200); a whole class starts at once. */
    @POST
    @RunOnVirtualThread
    @Path("/attempts")
    public Response start(@PathParam("quiz") String quizId) {
        Quiz quiz = access.readable(quizId);
        Attempts.Started started = attempts.startOrResume(
                quiz.id(), user.id().orElseThrow(), user.city().orElse(null));
        AttemptView view = views.of(started, quiz);
        return started.resumed()
                ? Response.ok(view).build()
                : Response.created(URI.create("/api/attempts/" + view.id()))
                        .entity(view)
                        .build();
    }
}
