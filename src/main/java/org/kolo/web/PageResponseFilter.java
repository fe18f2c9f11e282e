package org.kolo.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.kolo.accounts.ApiRequests;

/**
 * Finishes answers: a signed-in person's are never stored unless a resource chose otherwise (a course picture);
 * HTML ones name their language for browsers and screen readers; a bare 400 (a form whose CSRF token expired or is
 * missing) gets a translated page that says what to do, as 403 for an unsafe request.
 */
public class PageResponseFilter {

    @Inject
    RequestLanguage language;

    @Inject
    Messages messages;

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        boolean api = ApiRequests.isApi(request.getUriInfo().getPath());
        if (response.getStatus() == 400 && !response.hasEntity() && !api) {
            Language lang = language.get();
            if (!isSafe(request)) {
                response.setStatus(403);
            }
            response.setEntity(
                    ErrorPages.Templates.error(
                            400, messages.format(lang, "error.400.title"), messages.format(lang, "error.form.expired")),
                    null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        if (request.getSecurityContext().getUserPrincipal() != null
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // Whatever a signed-in person sees is hers alone: a shared phone's back button or cache must not keep it.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        MediaType type = response.getMediaType();
        if (type != null
                && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders()
                    .putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().code());
        }
    }

    private static boolean isSafe(ContainerRequestContext request) {
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
