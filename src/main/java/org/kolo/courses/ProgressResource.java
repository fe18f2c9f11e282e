package org.kolo.courses;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.kolo.accounts.CurrentUser;

/**
 * The caller's own progress. There is no way to name another person here: the account always comes from the
 * token, so nobody reads or writes someone else's progress by guessing an id.
 */
@Path("/api/me/progress")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    ProgressService progress;

    /** Progress in every course the caller has opened, and per lesson. */
    public record MyProgress(List<CourseState> courses, List<LessonState> lessons) {}

    /** How far the caller is in a course. */
    public record CourseState(String course, int done, int total, int percent, boolean completed) {}

    /** One lesson's state for the caller. */
    public record LessonState(String lesson, String course, boolean done, Instant completedAt, Instant lastVisitedAt) {}

    /** What to set for a lesson. */
    public record LessonUpdate(
            @NotNull(message = "{progress.done.required}") Boolean done) {}

    @GET
    public MyProgress mine() {
        ProgressSnapshot mine = progress.of(user.id().orElseThrow());
        List<CourseState> courses = catalog.courses().stream()
                .map(course -> progress.progressIn(course, mine))
                .filter(CourseProgress::opened)
                .map(p -> new CourseState(p.courseId(), p.done(), p.total(), p.percent(), p.completed()))
                .toList();
        List<LessonState> lessons = mine.lessons().values().stream()
                .flatMap(p -> catalog.courseOfLesson(p.lessonId).stream().map(c -> state(p, c.id())))
                .toList();
        return new MyProgress(courses, lessons);
    }

    @PUT
    @Path("/{lesson}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LessonState update(@PathParam("lesson") String lessonId, @Valid @NotNull LessonUpdate update) {
        String course = catalog.courseOfLesson(lessonId)
                .orElseThrow(NotFoundException::new)
                .id();
        LessonProgress saved =
                progress.mark(user.id().orElseThrow(), user.city().orElse(null), lessonId, update.done());
        return state(saved, course);
    }

    private static LessonState state(LessonProgress p, String course) {
        return new LessonState(p.lessonId, course, p.isDone(), p.completedAt, p.lastVisitedAt);
    }
}
