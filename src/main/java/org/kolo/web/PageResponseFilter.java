package org.kolo.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Finishes HTML answers: names their language for browsers and screen readers, and gives a bare 400 (a form
 * whose CSRF token expired or is missing) a translated page that says what to do.
 */
public class PageResponseFilter {

    @Inject
    RequestLanguage language;

    @Inject
    Messages messages;

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !isApi(request)) {
            Language lang = language.get();
            response.setEntity(ErrorPages.Templates.error(400,
                    messages.format(lang, "error.400.title"), messages.format(lang, "error.form.expired")),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().code());
        }
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
