package org.kolo.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kolo.accounts.CurrentUser;

/** The language of the current request, decided once per request. */
@RequestScoped
public class RequestLanguage {

    /** The cookie that remembers a language chosen on Kolo. */
    public static final String COOKIE = "kolo-lang";

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    private Language language;

    public Language get() {
        if (language == null) {
            Cookie chosen = request.getCookie(COOKIE);
            language = LanguageNegotiation.choose(
                    chosen == null ? null : chosen.getValue(),
                    user.locale().orElse(null),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return language;
    }
}
