package org.kolo.courses;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.kolo.accounts.CurrentUser;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.courses.Catalog.CatalogLesson;
import org.kolo.courses.Catalog.LessonVersion;
import org.kolo.media.MediaEmbeds;
import org.kolo.web.Language;
import org.kolo.web.PageContext;
import org.kolo.web.PrecompressedPage;
import org.kolo.web.RequestLanguage;

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
    private static final String FORM_TOKEN_HOLE = "kolo-form-token-hole";

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

    @Inject
    MediaEmbeds embeds;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    PageContext pageContext;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** Everything the lesson page shows. {@code fallbackFrom} is set when the reader's language is missing. */
    public record LessonView(
            CatalogCourse course,
            CatalogLesson lesson,
            LessonVersion text,
            Language fallbackFrom,
            Language shownIn,
            CatalogLesson previous,
            CatalogLesson next,
            boolean signedIn,
            boolean done,
            String formToken,
            String html) {

        /** The same view with the lesson's HTML as the page shows it (media players filled in). */
        LessonView withHtml(String expanded) {
            return new LessonView(
                    course, lesson, text, fallbackFrom, shownIn, previous, next, signedIn, done, formToken, expanded);
        }
    }

    /** Rendered cards by lesson, language and text version; a changed text has a new version, so none is stale. */
    private final java.util.Map<String, byte[]> cards = new java.util.concurrent.ConcurrentHashMap<>();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lesson(LessonView view);
    }

    /**
     * The lesson's pocket card as a one-page PDF in the reader's language (else Russian). Its file name says only
     * "kolo-card": a download list should not tell what the card is about.
     */
    @GET
    @Path("/{lesson}/card.pdf")
    @Produces("application/pdf")
    public Response card(@PathParam("course") String courseId, @PathParam("lesson") String lessonId) {
        CatalogLesson lesson = access.lessonIn(access.readable(courseId), lessonId);
        LessonVersion text = Optional.ofNullable(
                        lesson.texts().get(language.get().code()))
                .filter(version -> version.card() != null)
                .orElse(lesson.texts().get(Language.SOURCE.code()));
        if (text == null || text.card() == null) {
            throw new NotFoundException();
        }
        byte[] pdf = cards.computeIfAbsent(
                lessonId + "/" + text.language() + "/" + text.etag(),
                key -> PocketCard.pdf(text.cardTitle(), PocketCard.lines(text.card()), text.language()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"kolo-card-" + text.language() + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{lesson}")
    @Produces(MediaType.TEXT_HTML)
    public Response lesson(
            @PathParam("course") String courseId, @PathParam("lesson") String lessonId, @Context Request request) {
        CatalogCourse course = access.readable(courseId);
        CatalogLesson lesson = access.lessonIn(course, lessonId);
        Language wanted = language.get();
        LessonVersion text = Language.pick(lesson.texts(), wanted);
        if (text == null) {
            throw new NotFoundException();
        }
        Language shownIn = Language.ofCode(text.language()).orElse(Language.SOURCE);
        Language fallbackFrom = shownIn == wanted ? null : wanted;
        List<CatalogLesson> lessons = course.lessons();
        CatalogLesson previous = lesson.index() > 0 ? lessons.get(lesson.index() - 1) : null;
        CatalogLesson next = lesson.index() + 1 < lessons.size() ? lessons.get(lesson.index() + 1) : null;
        String version = text.etag() + "-" + wanted.code() + "-" + RELEASE + "-" + rendered.generation();
        if (!user.isAuthenticated()) {
            return anonymous(
                    request,
                    version,
                    text,
                    new LessonView(
                            course, lesson, text, fallbackFrom, shownIn, previous, next, false, false, null, null));
        }
        String account = user.id().orElseThrow();
        progress.visit(account, user.city().orElse(null), lesson.id());
        boolean done = progress.isDone(account, lesson.id());
        LessonView view = new LessonView(
                course, lesson, text, fallbackFrom, shownIn, previous, next, true, done, FORM_TOKEN_HOLE, null);
        pageContext.renderFormTokenAs(FORM_TOKEN_HOLE);
        return page(lesson.id() + "-" + version + "-signed-in-" + done, view)
                .response(csrf.getToken(), headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Response anonymous(Request request, String version, LessonVersion text, LessonView view) {
        EntityTag tag = new EntityTag(version);
        Date modified = Date.from(text.updatedAt().isAfter(STARTED) ? text.updatedAt() : STARTED);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        Response.ResponseBuilder response = unchanged != null
                ? unchanged
                : page(view.lesson().id() + "-" + version, view)
                        .response(null, headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        return response.tag(tag)
                .lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .build();
    }

    /**
     * The page from the cache. The layout links back to the request's path, so only the lesson's own address is
     * cached: an odd spelling of it is rendered for that request alone.
     */
    private PrecompressedPage page(String key, LessonView view) {
        Supplier<PrecompressedPage> render = () -> PrecompressedPage.withHole(
                Templates.lesson(view.withHtml(embeds.expand(view.text().html(), language.get())))
                        .render(),
                FORM_TOKEN_HOLE);
        String own = "/courses/" + view.course().id() + "/" + view.lesson().id();
        return own.equals(uri.getRequestUri().getRawPath()) ? rendered.page(key, render) : render.get();
    }

    @GET
    @Path("/images/{file}")
    public Response image(@PathParam("course") String courseId, @PathParam("file") String file) throws IOException {
        CatalogCourse course = access.readable(courseId);
        if (!IMAGE.matcher(file).matches()) {
            throw new NotFoundException(); // checked before the name goes near the file system
        }
        java.nio.file.Path path = java.nio.file.Path.of(content.dir(), "courses", course.id(), "images", file);
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        String type = file.endsWith(".png") ? "image/png" : "image/jpeg";
        return Response.ok(Files.readAllBytes(path), type)
                .header(
                        HttpHeaders.CACHE_CONTROL,
                        course.isPublic() ? "public, max-age=86400" : "private, max-age=86400")
                .build();
    }
}
