package org.kolo.certificates;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.web.Language;
import org.kolo.web.RequestLanguage;

/**
 * Certificates through the API: a learner's own list, name and downloads; hand issue, re-issue and revocation by
 * staff. Verification, open to anyone, is in {@link VerificationResource}.
 */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CurrentUser user;

    @Inject
    CertificateAccess access;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificateFiles files;

    @Inject
    CompletionWatcher completions;

    @Inject
    HandIssuing handIssuing;

    @Inject
    CertificateHolders holders;

    @Inject
    RequestLanguage language;

    /** A certificate as its owner and staff see it; the revocation reason is for staff only. */
    public record CertificateView(
            UUID id,
            String code,
            String courseId,
            String courseTitle,
            String name,
            String language,
            LocalDate completedOn,
            LocalDate expiresOn,
            Instant issuedAt,
            CertificateStatus status,
            Instant revokedAt,
            UUID supersededBy,
            String sha256,
            int sizeBytes,
            String download,
            String verification) {

        static CertificateView of(Certificate c) {
            return new CertificateView(
                    c.id,
                    c.printedCode(),
                    c.courseId,
                    c.courseTitle,
                    c.holderName,
                    c.language,
                    c.completedOn,
                    c.expiresOn,
                    c.issuedAt,
                    c.statusToday(),
                    c.revokedAt,
                    c.supersededBy,
                    c.sha256,
                    c.sizeBytes,
                    "/api/certificates/" + c.id + "/pdf",
                    "/verify/" + c.printedCode());
        }
    }

    public record HolderUpdate(
            @NotBlank @Size(max = CertificateHolder.MAX_NAME_LENGTH)
            String name,

            @jakarta.validation.constraints.Pattern(regexp = Language.CODES)
            String language) {}

    public record Revocation(@NotBlank @Size(max = 500) String reason) {}

    public record Reissue(
            @Size(max = CertificateHolder.MAX_NAME_LENGTH) String name) {}

    /**
     * Her certificates, newest first, after issuing any she has earned and not yet received. A GET that may write:
     * it is the catch-up for a completion whose issue after commit failed, and it is idempotent (one certificate per
     * course and person), so a repeated or prefetched GET issues nothing twice.
     */
    @GET
    @Path("/mine")
    @Authenticated
    public List<CertificateView> issueDueAndList() {
        completions.issueDue();
        return Certificate.ofAccount(user.id().orElseThrow()).stream()
                .map(CertificateView::of)
                .toList();
    }

    /**
     * The name and language her next certificates will carry (a neutral placeholder and her working language until
     * she chooses).
     */
    @GET
    @Path("/holder")
    @Authenticated
    public HolderUpdate holder() {
        CertificateHolder saved = CertificateHolder.findById(user.id().orElseThrow());
        return saved == null
                ? new HolderUpdate(holders.placeholder(language.get()), null)
                : new HolderUpdate(saved.name, saved.language);
    }

    @PUT
    @Path("/holder")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public HolderUpdate setHolder(@Valid @NotNull HolderUpdate update) {
        CertificateHolder saved = holders.save(user.id().orElseThrow(), update.name(), update.language());
        return new HolderUpdate(saved.name, saved.language);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public CertificateView one(@PathParam("id") UUID id) {
        return CertificateView.of(access.readable(id));
    }

    @GET
    @Path("/{id}/pdf")
    @Authenticated
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        return files.download(access.readable(id), language.get());
    }

    @POST
    @RolesAllowed({Roles.TRAINER, Roles.COORDINATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public List<HandIssuing.Result> issue(@Valid @NotNull HandIssuing.Request request) {
        return handIssuing.issue(request);
    }

    @POST
    @Path("/{id}/reissue")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reissue(@PathParam("id") UUID id, @Valid Reissue request) {
        Certificate old = access.reissuable(id);
        Certificate renewed = issuer.reissue(
                old.id, request == null ? null : request.name(), null, user.id().orElseThrow());
        return Response.status(201).entity(CertificateView.of(renewed)).build();
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateView revoke(@PathParam("id") UUID id, @Valid @NotNull Revocation revocation) {
        return CertificateView.of(
                issuer.revoke(id, revocation.reason(), user.id().orElseThrow()));
    }
}
