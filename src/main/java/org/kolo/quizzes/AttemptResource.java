package org.kolo.quizzes;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;

/**
 * The caller's own attempts. An attempt of someone else answers 404, exactly like one that does not exist.
 * Refusals (an unknown option, a question not in the attempt, after submitting or after the time limit) are
 * problem+json with a {@code urn:kolo:problem:} type, and change nothing. A whole class answers at once, so these
 * run on virtual threads: a request waiting for its body or for the database holds no thread of a small pool.
 */
@Path("/api/attempts/{attempt}")
@Authenticated
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    Attempts attempts;

    @Inject
    QuizAccess access;

    @Inject
    AttemptViews views;

    @Inject
    CurrentUser user;

    @GET
    public AttemptView read(@PathParam("attempt") String attemptId) {
        return view(attempts.mine(id(attemptId), me()));
    }

    /** Saves one answer, replacing the previous one; with feedback after each question the review comes back. */
    @PUT
    @Path("/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttemptView.SavedAnswer answer(
            @PathParam("attempt") String attemptId, @PathParam("question") String questionId, @NotNull Answer answer) {
        return views.saved(attempts.answer(id(attemptId), me(), questionId, answer));
    }

    /** Grades the attempt; submitting again returns the same result. */
    @POST
    @Path("/submit")
    public AttemptView submit(@PathParam("attempt") String attemptId) {
        Attempts.Submitted submitted = attempts.submit(id(attemptId), me());
        return views.of(submitted, access.of(submitted.attempt()));
    }

    private AttemptView view(QuizAttempt attempt) {
        return views.of(attempt, access.of(attempt));
    }

    private String me() {
        return user.id().orElseThrow();
    }

    /** A malformed id names no attempt: the same 404 as an unknown one. */
    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
