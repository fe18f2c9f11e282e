package org.kolo.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Remembers the language a person picks, for a year, and returns to the page they were on. Plain links, so the
 * switch works on every page (error pages too) without JavaScript or a form token; the only state it changes
 * is the reader's own language cookie.
 */
@Path("/language/{code}")
@PermitAll
public class LanguagePages {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
        Response.ResponseBuilder response = Response.seeOther(URI.create(LocalPath.orHome(back)));
        Language.fromTag(code)
                .ifPresent(language -> response.cookie(new NewCookie.Builder(RequestLanguage.COOKIE)
                        .value(language.code())
                        .path("/")
                        .maxAge(ONE_YEAR)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
        return response.build();
    }
}
