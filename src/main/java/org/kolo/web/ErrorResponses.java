package org.kolo.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kolo.accounts.ApiRequests;

/**
 * Turns every failure into what the caller can read: problem+json under /api, a translated page elsewhere.
 * No class name, stack trace or echoed input reaches a client; unexpected failures are logged with an incident code.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final int FIRST = jakarta.ws.rs.Priorities.USER - 100;

    @Inject
    Messages messages;

    @Inject
    RequestLanguage language;

    @Inject
    RoutingContext routing;

    @ServerExceptionMapper(priority = FIRST)
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return wrongType(mismatched);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, text("error." + known(status) + ".detail"), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response validation(ResteasyReactiveViolationException e) {
        if (isAboutReturnValue(e)) {
            return unexpected(e);
        }
        List<Problem.Violation> violations =
                e.getConstraintViolations().stream().map(this::violation).toList();
        return respond(400, text("error.400.validation"), violations);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformedJson(JsonParseException e) {
        var location = e.getLocation();
        return respond(
                400,
                messages.format(lang(), "error.400.json", location.getLineNr(), location.getColumnNr()),
                List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongType(MismatchedInputException e) {
        String key = e instanceof VisibleJsonStrings.HiddenCharacters ? "error.400.hidden" : "error.400.field";
        return respond(400, messages.format(lang(), key, fieldOf(e)), List.of());
    }

    /** A form body with a broken %-escape fails in the framework's decoder before any resource sees it. */
    @ServerExceptionMapper(priority = FIRST)
    public Response undecodable(IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Failed to decode URL")) {
            return respond(400, text("error.400.encoding"), List.of());
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Uni<Response> unauthorized(UnauthorizedException e) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(routing).map(challenge -> {
            Response.ResponseBuilder response = isApi()
                    ? Response.fromResponse(respond(challenge.status, text("error.401.detail"), List.of()))
                    : Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e) {
        return respond(403, text("error.403.detail"), List.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response refused(RefusedRequest e) {
        Response response = respond(
                e.status(),
                "urn:kolo:problem:" + e.code(),
                messages.format(lang(), "problem." + e.code(), e.arguments()),
                List.of());
        if (e.retryAfterSeconds() > 0) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response unexpected(Throwable e) {
        if (DatabaseBusy.isCause(e)) {
            LOG.warn("No database connection within the pool's acquisition timeout: answered 503, try again");
            return refused(new RefusedRequest(503, "busy").retryAfter(2));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(500, messages.format(lang(), "error.500.detail", incident), List.of());
    }

    private Response respond(int status, String detail, List<Problem.Violation> violations) {
        return respond(
                status, violations.isEmpty() ? "about:blank" : "urn:kolo:problem:validation", detail, violations);
    }

    private Response respond(int status, String type, String detail, List<Problem.Violation> violations) {
        String title = text("error." + known(status) + ".title");
        if (isApi()) {
            return Response.status(status)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(type, title, status, detail, violations))
                    .build();
        }
        return Response.status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, lang().code())
                .entity(ErrorPages.Templates.error(status, title, detail))
                .build();
    }

    private Problem.Violation violation(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate().replaceAll("^\\{|\\}$", "");
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String message = messages.has(template)
                ? messages.formatNamed(lang(), template, attributes)
                : text("error.400.validation");
        return new Problem.Violation(leafName(violation.getPropertyPath()), message);
    }

    /** A response that broke its own contract is Kolo's fault, not the caller's. */
    private static boolean isAboutReturnValue(ResteasyReactiveViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String leafName(Path path) {
        String leaf = "";
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                leaf = node.getName();
            }
        }
        return leaf;
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .reduce((a, b) -> a + "." + b)
                .orElse("");
    }

    /** The API, and scripts on Kolo's pages that ask for JSON (the upload page), get problem+json; browsers a page. */
    private boolean isApi() {
        String path = routing.normalizedPath();
        String accept = routing.request().getHeader(HttpHeaders.ACCEPT);
        return ApiRequests.isApi(path) || accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static int known(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 503 -> status;
            default -> status < 500 ? 400 : 500;
        };
    }

    private String text(String key) {
        return messages.format(lang(), key);
    }

    private Language lang() {
        return language.get();
    }
}
