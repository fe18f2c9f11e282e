package org.kolo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kolo.accounts.ApiRequests;

/**
 * The first look at every request, before any login or resource sees it.
 * <ul>
 * <li>A path with a {@code ;} parameter is refused: {@code /api;x/me} would otherwise escape the bearer-only
 * tenant that {@code /api/*} names, and no Kolo address ever needs one.</li>
 * <li>An unsafe request from another site is refused, whatever it carries ({@code Sec-Fetch-Site}, else
 * {@code Origin}).</li>
 * <li>An unsafe request that carries Kolo's cookies must carry the form token: forms in their field (checked by
 * Quarkus' CSRF filter), scripts in the {@code X-CSRF-TOKEN} header (checked by the same filter). A body of any
 * other type without the header is refused here, since the filter would let it through unchecked.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuard {

    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kolo.public-url")
    String publicUrl;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        String path = request.path();
        if (path == null || hasPathParameter(request.uri())) {
            refuse(routing, 400, "error.400.title", "error.path.parameter");
        } else if (SAFE.contains(request.method()) || ApiRequests.isApi(path) || path.startsWith("/q/")) {
            routing.next();
        } else if (isCrossSite(request)) {
            refuse(routing, 403, "error.403.title", "error.cross.site");
        } else if (carriesKoloCookies(request) && !isForm(request) && request.getHeader(TOKEN_HEADER) == null) {
            refuse(routing, 403, "error.403.title", "error.form.expired");
        } else {
            routing.next();
        }
    }

    /** Vert.x drops {@code ;} parameters from {@code path()}, so the raw address is read. */
    private static boolean hasPathParameter(String uri) {
        int query = uri.indexOf('?');
        return (query < 0 ? uri : uri.substring(0, query)).indexOf(';') >= 0;
    }

    private boolean isCrossSite(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !(site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none"));
        }
        String origin = request.getHeader("Origin");
        return origin != null && !isOwnOrigin(origin, request);
    }

    private boolean isOwnOrigin(String origin, HttpServerRequest request) {
        String asked = origin.toLowerCase(Locale.ROOT);
        String served = (request.scheme() + "://" + request.authority()).toLowerCase(Locale.ROOT);
        return asked.equals(served) || asked.equals(originOf(publicUrl));
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
    }

    private static boolean carriesKoloCookies(HttpServerRequest request) {
        return request.cookies().stream()
                .anyMatch(
                        c -> c.getName().startsWith("q_session") || c.getName().equals("kolo-csrf"));
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null) {
            return false;
        }
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(bare);
    }

    private void refuse(RoutingContext routing, int status, String titleKey, String detailKey) {
        Language language = UnhandledFailures.languageOf(routing);
        String title = messages.format(language, titleKey);
        String detail = messages.format(language, detailKey);
        boolean api = ApiRequests.isApi(routing.request().uri().split("[;?]", 2)[0]);
        routing.response()
                .setStatusCode(status)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Language", language.code());
        if (api) {
            routing.response()
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Problem.json(json, status, title, detail));
        } else {
            routing.response()
                    .putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end(title + "\n\n" + detail + "\n");
        }
    }
}
