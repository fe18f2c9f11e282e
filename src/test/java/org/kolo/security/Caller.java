package org.kolo.security;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/**
 * One column of the authorization matrix: a fresh account of a role in a city (or nobody), able to call the API with
 * its bearer token and the pages with its browser session and form token.
 */
final class Caller {

    /** The columns, in the order the matrix lists statuses. */
    enum Kind {
        ANONYMOUS(null, null),
        ACTIVIST("activist", "kyiv"),
        TRAINER("trainer", "kyiv"),
        COORDINATOR("coordinator", "kyiv"),
        ADMIN("admin", "kyiv"),
        OTHER_CITY_STAFF("coordinator", "tbilisi");

        final String role;
        final String city;

        Kind(String role, String city) {
            this.role = role;
            this.city = city;
        }
    }

    final Kind kind;
    final String nickname;
    private Map<String, String> cookies;
    private String formToken;

    private Caller(Kind kind, String nickname) {
        this.kind = kind;
        this.nickname = nickname;
    }

    static Caller create(Kind kind) {
        if (kind.role == null) {
            return new Caller(kind, null);
        }
        String nickname = LocalServices.keycloak()
                .createUser(
                        "matrix-" + kind.name().toLowerCase().replace('_', '-') + "-"
                                + UUID.randomUUID().toString().substring(0, 6),
                        kind.city,
                        kind.role);
        return new Caller(kind, nickname);
    }

    boolean isSomeone() {
        return nickname != null;
    }

    /** A request as the API gets it from her app: her bearer token, nothing else. */
    RequestSpecification api() {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        return isSomeone() ? request.auth().oauth2(Tokens.of(nickname)) : request;
    }

    /** A request as a page sends it from her browser: her session cookies and the form token, as a field and header. */
    RequestSpecification page() {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (!isSomeone()) {
            return request;
        }
        signInOnce();
        return request.cookies(cookies).header("X-CSRF-TOKEN", formToken);
    }

    String formToken() {
        if (isSomeone()) {
            signInOnce();
        }
        return formToken;
    }

    private void signInOnce() {
        if (cookies != null) {
            return;
        }
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            HtmlPage me = browser.getPage(LocalServices.koloUrl() + "/me");
            formToken = me.getElementsByName("csrf").get(0).getAttribute("value");
            cookies = browser.getCookieManager().getCookies().stream()
                    .collect(Collectors.toMap(c -> c.getName(), c -> c.getValue(), (a, b) -> b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
