package org.kolo.accounts;

import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Under /api only a bearer token says who is calling. The OIDC tenant for /api/* already ignores cookies; this
 * keeps it so should any address ever reach an API resource with a browser session (a path the tenant's pattern
 * does not name), since a page another site opens would otherwise act with the visitor's login.
 */
public class BearerOnlyApi {

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public void refuseBrowserSessions(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ApiRequests.isApi(path) && user.isBrowserSession()) {
            throw new UnauthorizedException();
        }
    }
}
