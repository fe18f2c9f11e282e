package org.kolo.courses;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.Catalog.CatalogLesson;
import org.kolo.courses.Catalog.LessonVersion;
import org.kolo.courses.content.ContentConfig;
import org.kolo.web.Language;
import org.kolo.web.RequestLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A lesson page and the pictures lessons show. Anonymous readers get ETag/Last-Modified and a 304 when nothing
 * changed; a signed-in reader's page carries her progress and is never stored.
 */
@Path("/courses/{course}")
@PermitAll
public class LessonPages {

    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}\\.(png|jpe?g)");
    // Pages also carry interface texts and templates, which change only with a new Kolo: a restart starts new ETags.
    private static final Instant STARTED = Instant.now();
    private static final String RELEASE = Long.toString(STARTED.getEpochSecond(), 36);

    @Inject
    CourseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ProgressService progress;

    @Inject
    RequestLanguage language;

    @Inject
    ContentConfig content;

    @Inject
    RenderedLessons rendered;

    /** Everything the lesson page shows. {@code fallbackFrom} is set when the reader's language is missing. */
    public record LessonView(CatalogCourse course, CatalogLesson lesson, LessonVersion text, Language fallbackFrom,
            Language shownIn, CatalogLesson previous, CatalogLesson next, boolean signedIn, boolean done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lesson(LessonView view);
    }

    @GET
    @Path("/{lesson}")
    @Produces(MediaType.TEXT_HTML)
    public Response lesson(@PathParam("course") String courseId, @PathParam("lesson") String lessonId,
            @Context Request request) {
        CatalogCourse course = access.readable(courseId);
        CatalogLesson lesson = access.lessonIn(course, lessonId);
        Language wanted = language.get();
        LessonVersion text = Optional.ofNullable(lesson.texts().get(wanted.code()))
                .orElse(lesson.texts().get(Language.DEFAULT.code()));
        if (text == null) {
            throw new NotFoundException();
        }
        Language shownIn = Language.fromTag(text.language()).orElse(Language.DEFAULT);
        Language fallbackFrom = shownIn == wanted ? null : wanted;
        List<CatalogLesson> lessons = course.lessons();
        CatalogLesson previous = lesson.index() > 0 ? lessons.get(lesson.index() - 1) : null;
        CatalogLesson next = lesson.index() + 1 < lessons.size() ? lessons.get(lesson.index() + 1) : null;
        if (!user.isAuthenticated()) {
            return anonymous(request, text, wanted,
                    new LessonView(course, lesson, text, fallbackFrom, shownIn, previous, next, false, false));
        }
        String account = user.id().orElseThrow();
        progress.visit(account, user.city().orElse(null), lesson.id());
        boolean done = progress.isDone(account, lesson.id());
        return Response.ok(Templates.lesson(
                new LessonView(course, lesson, text, fallbackFrom, shownIn, previous, next, true, done)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response anonymous(Request request, LessonVersion text, Language wanted, LessonView view) {
        String version = text.etag() + "-" + wanted.code() + "-" + RELEASE;
        EntityTag tag = new EntityTag(version);
        Date modified = Date.from(text.updatedAt().isAfter(STARTED) ? text.updatedAt() : STARTED);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(rendered.page(view.lesson().id() + "-" + version, () -> Templates.lesson(view).render()))
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        return response.tag(tag).lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .build();
    }

    @GET
    @Path("/images/{file}")
    public Response image(@PathParam("course") String courseId, @PathParam("file") String file) throws IOException {
        CatalogCourse course = access.readable(courseId);
        java.nio.file.Path path = java.nio.file.Path.of(content.dir(), "courses", course.id(), "images", file);
        if (!IMAGE.matcher(file).matches() || !Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        String type = file.endsWith(".png") ? "image/png" : "image/jpeg";
        return Response.ok(Files.readAllBytes(path), type)
                .header(HttpHeaders.CACHE_CONTROL, course.isPublic() ? "public, max-age=86400" : "private, max-age=86400")
                .build();
    }
}
