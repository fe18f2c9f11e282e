package org.kolo.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.kolo.accounts.Roles;
import org.kolo.web.Language;
import org.kolo.web.Messages;
import org.kolo.web.RequestLanguage;

/** The media library through the API: uploads (see {@link UploadEndpoints}), an item's state, subtitles, deletion. */
@Path("/api/media")
public class MediaApi extends UploadEndpoints {

    @Inject
    MediaSubtitles subtitles;

    @Inject
    MediaStore store;

    @Inject
    RequestLanguage language;

    @Inject
    Messages messages;

    @GET
    @Path("/{id:" + MediaNames.ID_FORM + "}")
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    public MediaView item(@PathParam("id") String mediaId) {
        MediaItem item = MediaItem.findById(mediaId);
        if (item == null) {
            throw new NotFoundException();
        }
        return MediaView.of(item, messages, language.get());
    }

    @PUT
    @Path("/{id:" + MediaNames.ID_FORM + "}/subtitles/{language}")
    @Consumes({"text/vtt", "text/plain"})
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    public Response putSubtitles(
            @PathParam("id") String mediaId,
            @PathParam("language") @Pattern(regexp = Language.CODES) String subtitleLanguage,
            String vtt) {
        permissions.checkMayChange(mediaId);
        subtitles.save(mediaId, subtitleLanguage, vtt, language.get());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id:" + MediaNames.ID_FORM + "}")
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    public Response delete(@PathParam("id") String mediaId) {
        permissions.checkMayChange(mediaId);
        store.delete(mediaId);
        return Response.noContent().build();
    }
}
