package org.kolo.certificates;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.kolo.web.RefusedRequest;

/** Verification for machines: anyone may ask, within the per-client limit; the answer holds only the public fields. */
@Path("/api/certificates")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Verifications verifications;

    @Inject
    VerificationLimiter limiter;

    @Inject
    CertificateSigner signer;

    @Inject
    CertificateTemplates templates;

    @Inject
    SteadyAnswers steady;

    @GET
    @Path("/{code}/verification")
    @Blocking
    public Uni<Verification> verify(@PathParam("code") String typed, @Context HttpServerRequest request) {
        long started = System.nanoTime();
        limiter.admit(request.remoteAddress().hostAddress());
        return steady.answer(started, () -> {
            String code = CertificateCode.normalize(typed)
                    .orElseThrow(() -> new RefusedRequest(400, "certificate-code-malformed"));
            return verifications.of(code).orElseThrow(() -> new RefusedRequest(404, "certificate-not-found"));
        });
    }

    /** The signing key's owner: what an offline app shows as "issued by". */
    public record SigningKeys(List<CertificateSigner.SigningKey> keys, Map<String, String> organisation) {}

    /**
     * The Ed25519 key that signs the payload in certificates' QR codes, as a JSON Web Key Set, with the name of the
     * organisation that holds it.
     */
    @GET
    @Path("/signing-key")
    public SigningKeys signingKey() {
        return new SigningKeys(List.of(signer.publicJwk()), templates.current().organisation());
    }
}
