package org.kolo.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page that exists only in the tests and always fails, to check what a 500 shows. */
@Path("/test-only/failure")
@PermitAll
public class FailureProbe {

    /** What a failure carries: a class name and a detail that must reach the log only. */
    static final String SECRET = "org.kolo.internal.SecretDetail: connection to db-7 refused for user kolo";

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        throw new IllegalStateException(SECRET, new java.io.IOException("nested cause " + SECRET));
    }

    /** The same failure in the API, which answers problem+json. */
    @Path("/api/test-only/failure")
    @PermitAll
    public static class Api {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String call() {
            throw new IllegalStateException(SECRET);
        }
    }
}
