package org.kolo.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A form endpoint that exists only in the tests, to check what every Kolo form gets. */
@Path("/test-only/form")
@PermitAll
public class FormProbe {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("value") String value) {
        return Response.noContent().build();
    }
}
