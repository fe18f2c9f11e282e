package org.kolo.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The quick exit without JavaScript: straight to a neutral site, and the browser is told to drop what it cached
 * of Kolo. With JavaScript, static/kolo.js also replaces the current history entry.
 */
@Path("/exit")
@PermitAll
public class QuickExitPages {

    @Inject
    WebConfig config;

    @GET
    public Response exit() {
        return Response.seeOther(URI.create(config.quickExitUrl()))
                .header("Clear-Site-Data", "\"cache\"")
                .build();
    }
}
