package org.kolo.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint that forgot to say who may call it; exists only in the tests. */
@Path("/test-only/unannotated")
public class UnannotatedProbe {

    @GET
    public String secret() {
        return "should never be served";
    }
}
