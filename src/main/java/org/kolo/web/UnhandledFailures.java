package org.kolo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kolo.accounts.ApiRequests;

/**
 * The last line for failures outside the REST layer (a page that fails while rendering, say): the person gets
 * a short translated message with an incident code, never the framework's page with class names.
 * Security challenges and 4xx answers pass on untouched.
 */
@ApplicationScoped
public class UnhandledFailures {

    private static final Logger LOG = Logger.getLogger(UnhandledFailures.class);

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext routing) {
        Throwable failure = routing.failure();
        if (failure instanceof AuthenticationFailedException
                && ApiRequests.isApi(routing.normalizedPath())
                && !routing.response().headWritten()) {
            refuseToken(routing);
            return;
        }
        if (failure == null || isSecurity(failure) || (routing.statusCode() > 0 && routing.statusCode() < 500)) {
            routing.next();
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "Unhandled failure, incident %s", incident);
        if (routing.response().headWritten()) {
            routing.response().reset();
            return;
        }
        Language language = languageOf(routing);
        String title = messages.format(language, "error.500.title");
        String detail = messages.format(language, "error.500.detail", incident);
        boolean api = ApiRequests.isApi(routing.normalizedPath());
        routing.response()
                .setStatusCode(500)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/plain; charset=UTF-8")
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .end(api ? Problem.json(json, 500, title, detail) : title + "\n\n" + detail + "\n");
    }

    /** A token that is forged, expired or meant for another client: 401 as problem+json, as without a token. */
    private void refuseToken(RoutingContext routing) {
        Language language = languageOf(routing);
        routing.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .end(Problem.json(
                        json,
                        401,
                        messages.format(language, "error.401.title"),
                        messages.format(language, "error.401.detail")));
    }

    private static boolean isSecurity(Throwable failure) {
        String name = failure.getClass().getName();
        return name.startsWith("io.quarkus.security.")
                || name.startsWith("io.quarkus.oidc.")
                || name.startsWith("io.quarkus.vertx.http.runtime.security.");
    }

    static Language languageOf(RoutingContext routing) {
        Cookie chosen = routing.request().getCookie(RequestLanguage.COOKIE);
        return LanguageNegotiation.choose(
                chosen == null ? null : chosen.getValue(),
                null,
                routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
