package org.kolo.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows Keycloak's login page in the language the person reads Kolo in ({@code ui_locales}). */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        RoutingContext routing = context.routingContext();
        Cookie chosen = routing.request().getCookie(RequestLanguage.COOKIE);
        String language = LanguageNegotiation.choose(
                        chosen == null ? null : chosen.getValue(),
                        null,
                        routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .code();
        context.additionalQueryParams().add("ui_locales", language);
    }
}
