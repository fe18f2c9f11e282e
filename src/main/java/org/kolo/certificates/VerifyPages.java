package org.kolo.certificates;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * The public page a QR code opens, in the visitor's language: the certificate's status and the four public fields,
 * or why there is none. Search engines are asked not to keep it.
 */
@Path("/verify")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VerifyPages {

    @Inject
    Verifications verifications;

    @Inject
    VerificationLimiter limiter;

    @Inject
    SteadyAnswers steady;

    /** What the page shows: a verification, or the reason there is none ({@code malformed}, {@code unknown}). */
    public record Outcome(String typed, Verification verification, String problem) {
        public Outcome {
            typed = typed.length() > 40 ? typed.substring(0, 40) : typed; // shown back in the form, never more
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(Outcome outcome);
    }

    /** The form for a code read from paper; a sent code goes to its own address. */
    @GET
    public Response form(@QueryParam("code") String typed) {
        if (typed == null || typed.isBlank()) {
            return page(200, new Outcome("", null, null));
        }
        Optional<String> code = CertificateCode.normalize(typed);
        if (code.isEmpty()) {
            return page(400, new Outcome(typed, null, "malformed"));
        }
        return Response.seeOther(URI.create("/verify/" + CertificateCode.format(code.get())))
                .build();
    }

    @GET
    @Path("/{code}")
    @Blocking
    public Uni<Response> verify(@PathParam("code") String typed, @Context HttpServerRequest request) {
        long started = System.nanoTime();
        limiter.admit(request.remoteAddress().hostAddress());
        return steady.answer(started, () -> {
            Optional<String> code = CertificateCode.normalize(typed);
            if (code.isEmpty()) {
                return page(400, new Outcome(typed, null, "malformed"));
            }
            return verifications
                    .of(code.get())
                    .map(found -> page(200, new Outcome(typed, found, null)))
                    .orElseGet(() -> page(404, new Outcome(typed, null, "unknown")));
        });
    }

    /** Rendered at once, in the request, so that only finished text waits for the answer time. */
    private static Response page(int status, Outcome outcome) {
        return Response.status(status)
                .entity(Templates.verify(outcome).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
