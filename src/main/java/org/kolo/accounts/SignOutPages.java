package org.kolo.accounts;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signing out, by POST with the form token only: the session ends in Keycloak (server to server), on every Kolo
 * instance, and in this browser, which is also told to forget what it kept of Kolo. "Exit and sign out" then
 * leaves for the quick exit's neutral site.
 */
@Path("/logout")
@PermitAll
public class SignOutPages {

    /** What the browser is told to forget: a shared phone keeps no page, cookie or stored lesson of Kolo. */
    static final String CLEAR_SITE_DATA = "\"cache\", \"cookies\", \"storage\"";

    @Inject
    CurrentUser user;

    @Inject
    OidcSession session;

    @Inject
    EndedSessions ended;

    @Inject
    KeycloakSessions keycloak;

    @Inject
    RoutingContext context;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaving();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("then") String then) {
        if (user.isBrowserSession()) {
            user.sessionId().ifPresent(ended::end);
            user.refreshToken().ifPresent(keycloak::end);
            session.logout().await().indefinitely();
        }
        VerifiedSessions.forgetSessionCookies(context);
        // The neutral site is reached through a page of Kolo's own: a form's answer may only lead back to Kolo.
        Response.ResponseBuilder answer = "exit".equals(then)
                ? Response.ok(Templates.leaving().render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                : Response.seeOther(URI.create("/"));
        return answer.header("Clear-Site-Data", CLEAR_SITE_DATA).build();
    }
}
