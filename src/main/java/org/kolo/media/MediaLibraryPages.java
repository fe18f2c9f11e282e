package org.kolo.media;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kolo.accounts.Roles;
import org.kolo.web.Language;
import org.kolo.web.Messages;
import org.kolo.web.RefusedRequest;
import org.kolo.web.RequestLanguage;
import org.kolo.web.Texts;

/**
 * The media library for trainers, coordinators and admins: find items by title and language, upload with a
 * progress bar (chunks, see {@link UploadEndpoints}), see each file's state and where an item is used, add subtitles,
 * replace the file keeping the id, and delete what no lesson uses.
 */
@Path("/media/library")
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
public class MediaLibraryPages extends UploadEndpoints {

    @Inject
    MediaStore store;

    @Inject
    MediaSubtitles subtitles;

    @Inject
    RequestLanguage language;

    @Inject
    Messages messages;

    @Inject
    Ffmpeg ffmpeg;

    /** A line of the list. */
    public record Line(MediaItem item, String title, int lessons) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(List<Line> items, String query, String language, boolean renditions);

        static native TemplateInstance item(
                MediaView media, String title, boolean mayChange, String problem, String details);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance library(@QueryParam("q") String query, @QueryParam("language") String filter) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String wanted = filter == null ? "" : filter;
        Map<String, Integer> uses = MediaUsage.lessonCounts();
        List<Line> lines = MediaItem.<MediaItem>list("state = ?1 order by updatedAt desc", MediaState.READY).stream()
                .filter(item -> wanted.isEmpty() || wanted.equals(item.language))
                .filter(item -> q.isEmpty()
                        || item.id.contains(q)
                        || item.titles.values().stream()
                                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q)))
                .map(item -> new Line(item, Texts.pick(item.titles, language.get()), uses.getOrDefault(item.id, 0)))
                .toList();
        return Templates.library(lines, query == null ? "" : query, wanted, ffmpeg.isAvailable());
    }

    @GET
    @Path("/{id:" + MediaNames.ID_FORM + "}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance item(@PathParam("id") String mediaId) {
        return page(mediaId, null, null);
    }

    @POST
    @Path("/{id:" + MediaNames.ID_FORM + "}/subtitles")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response addSubtitles(
            @PathParam("id") String mediaId,
            @RestForm("language") String subtitleLanguage,
            @RestForm("file") FileUpload file) {
        if (subtitleLanguage == null || !Language.isCode(subtitleLanguage) || file == null) {
            return Response.status(422)
                    .entity(page(mediaId, "subtitles-missing", null))
                    .build();
        }
        try {
            permissions.checkMayChange(mediaId);
            subtitles.save(
                    mediaId,
                    subtitleLanguage,
                    Files.readString(file.uploadedFile(), StandardCharsets.UTF_8),
                    language.get());
        } catch (RefusedRequest refused) {
            return Response.status(refused.status())
                    .entity(page(mediaId, refused.code(), detailOf(refused)))
                    .build();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Response.status(422)
                    .entity(page(mediaId, "subtitles-not-text", null))
                    .build();
        }
        return Response.seeOther(URI.create("/media/library/" + mediaId)).build();
    }

    @POST
    @Path("/{id:" + MediaNames.ID_FORM + "}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") String mediaId) {
        try {
            permissions.checkMayChange(mediaId);
            store.delete(mediaId);
        } catch (RefusedRequest refused) {
            return Response.status(refused.status())
                    .entity(page(mediaId, refused.code(), detailOf(refused)))
                    .build();
        }
        return Response.seeOther(URI.create("/media/library")).build();
    }

    private TemplateInstance page(String mediaId, String problem, String details) {
        MediaItem item = MediaItem.findById(mediaId);
        if (item == null) {
            throw new NotFoundException();
        }
        return Templates.item(
                MediaView.of(item, messages, language.get()),
                Texts.pick(item.titles, language.get()),
                permissions.mayChange(mediaId),
                problem,
                details);
    }

    private static String detailOf(RefusedRequest refused) {
        return refused.arguments().length > 0 ? String.valueOf(refused.arguments()[0]) : null;
    }
}
