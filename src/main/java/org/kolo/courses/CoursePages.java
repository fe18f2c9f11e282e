package org.kolo.courses;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.Catalog.CatalogLesson;

/** The catalogue, a course's outline and "mark as done". Anyone reads public courses; progress needs a login. */
@Path("/courses")
@PermitAll
public class CoursePages {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    ProgressService progress;

    @Inject
    CourseAccess access;

    /** A course in a list, with the reader's progress when signed in. */
    public record CourseCard(CatalogCourse course, CourseProgress progress) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<CourseCard> cards);

        static native TemplateInstance course(
                CatalogCourse course, CourseProgress progress, Set<String> done, Set<String> passedQuizzes);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance catalogue() {
        ProgressSnapshot mine = myProgress();
        return Templates.catalogue(catalog.courses().stream()
                .map(course -> new CourseCard(course, progress.progressIn(course, mine)))
                .toList());
    }

    @GET
    @Path("/{course}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance course(@PathParam("course") String courseId) {
        CatalogCourse course = access.readable(courseId);
        ProgressSnapshot mine = myProgress();
        Set<String> done = mine.lessons().values().stream()
                .filter(LessonProgress::isDone)
                .map(p -> p.lessonId)
                .collect(Collectors.toSet());
        return Templates.course(course, progress.progressIn(course, mine), done, mine.passedQuizzes());
    }

    /** "Log in to save your progress": Keycloak's login, then back to the same lesson. */
    @GET
    @Path("/{course}/{lesson}/login")
    @Authenticated
    public Response logInAndReturn(@PathParam("course") String courseId, @PathParam("lesson") String lessonId) {
        CatalogLesson lesson = access.lessonIn(access.readable(courseId), lessonId);
        return Response.seeOther(URI.create("/courses/" + courseId + "/" + lesson.id()))
                .build();
    }

    @POST
    @Path("/{course}/{lesson}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response markDone(
            @PathParam("course") String courseId,
            @PathParam("lesson") String lessonId,
            @FormParam("done") boolean done) {
        CatalogLesson lesson = access.lessonIn(access.readable(courseId), lessonId);
        progress.mark(user.id().orElseThrow(), user.city().orElse(null), lesson.id(), done);
        return Response.seeOther(URI.create("/courses/" + courseId + "/" + lessonId))
                .build();
    }

    private ProgressSnapshot myProgress() {
        Optional<String> account = user.isAuthenticated() ? user.id() : Optional.empty();
        return account.map(progress::of).orElse(ProgressSnapshot.NOTHING_YET);
    }
}
