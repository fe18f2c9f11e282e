package org.kolo.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.web.Language;

/**
 * Chunked uploads, the same for the API ({@code /api/media}, bearer tokens) and for the upload page
 * ({@code /media/library}, the browser session): start with the file's size and titles, send chunks at the offset
 * the server gives, resume after a failure by asking where it stands.
 */
@RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public abstract class UploadEndpoints {

    @Inject
    MediaUploads uploads;

    @Inject
    CurrentUser user;

    @Inject
    MediaPermissions permissions;

    /** A new item: its id (optional, made when missing), titles per language, language, the file's name and size. */
    public record NewMedia(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,59}") String id,
            @NotEmpty Map<@Pattern(regexp = Language.CODES) String, @NotBlank @Size(max = 200) String> titles,
            @NotNull @Pattern(regexp = Language.CODES) String language,
            @Size(max = 255) String fileName,
            @Positive long size) {}

    /** A new file for an existing item, keeping its id. */
    public record NewFile(
            @Size(max = 255) String fileName, @Positive long size) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull NewMedia media) {
        String id = media.id() == null || media.id().isBlank() ? MediaNames.newId() : media.id();
        return Response.status(201)
                .entity(uploads.start(
                        id,
                        media.titles(),
                        media.language(),
                        media.fileName(),
                        media.size(),
                        uploader(),
                        user.city().orElse(null)))
                .build();
    }

    @POST
    @Path("/{id:" + MediaNames.ID_FORM + "}/file")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String mediaId, @Valid @NotNull NewFile file) {
        permissions.checkMayChange(mediaId);
        return Response.status(201)
                .entity(uploads.replace(mediaId, file.fileName(), file.size(), uploader()))
                .build();
    }

    @GET
    @Path("/uploads/{upload}")
    public MediaUploads.Progress progress(@PathParam("upload") UUID uploadId) {
        return uploads.progress(uploadId, uploader());
    }

    @PUT
    @Path("/uploads/{upload}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public MediaUploads.Progress chunk(
            @PathParam("upload") UUID uploadId, @QueryParam("offset") long offset, InputStream body) {
        return uploads.append(uploadId, offset, body, uploader());
    }

    @DELETE
    @Path("/uploads/{upload}")
    public Response cancel(@PathParam("upload") UUID uploadId) {
        uploads.cancel(uploadId, uploader());
        return Response.noContent().build();
    }

    private String uploader() {
        return user.id().orElseThrow();
    }
}
