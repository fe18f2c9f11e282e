package org.kolo.media;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kolo.accounts.CurrentUser;
import org.kolo.web.RequestLanguage;
import org.kolo.web.Texts;

/**
 * Media files for players and downloads. Kolo answers with a short-lived address at the storage, which serves byte
 * ranges itself, so seeking costs Kolo nothing; in proxy mode (storage not reachable from browsers) Kolo streams
 * with Range, 206 and 416, a small buffer at a time. Media only members' courses use needs a login.
 */
@Path("/media/{id:" + MediaNames.ID_FORM + "}")
@PermitAll
public class MediaDelivery {

    @Inject
    MediaConfig config;

    @Inject
    ObjectStorage storage;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    MediaStreaming streaming;

    @GET
    @Path("/{variant:original|360p|audio|poster}")
    public Response file(
            @PathParam("id") String mediaId,
            @PathParam("variant") String variant,
            @QueryParam("download") String download,
            @HeaderParam("Range") String range) {
        MediaItem item = readable(mediaId);
        MediaFile file = Optional.<MediaFile>ofNullable(MediaFile.findById(new MediaFile.Key(mediaId, variant)))
                .filter(MediaFile::isReady)
                .orElseThrow(NotFoundException::new);
        String disposition = download != null
                ? "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(
                                        MediaNames.downloadName(
                                                Texts.pick(item.titles, language.get()), variant, extension(file)),
                                        StandardCharsets.UTF_8)
                                .replace("+", "%20")
                : null;
        // A download is named in the reader's language, which not every S3 server lets a URL ask for: Kolo sends it.
        if (config.isProxy() || disposition != null) {
            return streaming.response(file, range, disposition);
        }
        return Response.seeOther(URI.create(storage.presignedGet(file.objectKey, config.urlValidity())))
                .build();
    }

    @GET
    @Path("/subtitles/{language:[a-z]{2}}.vtt")
    public Response subtitles(@PathParam("id") String mediaId, @PathParam("language") String subtitleLanguage) {
        readable(mediaId);
        MediaSubtitle subtitle = MediaSubtitle.find("mediaId = ?1 and language = ?2", mediaId, subtitleLanguage)
                .firstResult();
        if (subtitle == null) {
            throw new NotFoundException();
        }
        return Response.ok(subtitle.vtt, "text/vtt; charset=utf-8").build();
    }

    private MediaItem readable(String mediaId) {
        MediaItem item = MediaItem.findById(mediaId);
        if (item == null || item.state != MediaState.READY) {
            throw new NotFoundException();
        }
        if (!user.isAuthenticated() && !MediaUsage.isInPublicCourse(mediaId)) {
            throw new UnauthorizedException();
        }
        return item;
    }

    private static String extension(MediaFile file) {
        String key = file.objectKey;
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
