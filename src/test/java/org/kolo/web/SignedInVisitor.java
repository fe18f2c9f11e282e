package org.kolo.web;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** A fresh account signed in through Keycloak's real login page; its cookies and form token for raw requests. */
final class SignedInVisitor {

    final String nickname;
    final Map<String, String> cookies;
    final String formToken;

    private SignedInVisitor(String nickname, Map<String, String> cookies, String formToken) {
        this.nickname = nickname;
        this.cookies = cookies;
        this.formToken = formToken;
    }

    static SignedInVisitor signIn(String role, String city) throws IOException {
        String nickname = LocalServices.keycloak()
                .createUser(role + "-" + UUID.randomUUID().toString().substring(0, 8), city, role);
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            HtmlPage me = browser.getPage(LocalServices.koloUrl() + "/me");
            String token = me.getElementsByName("csrf").get(0).getAttribute("value");
            Map<String, String> cookies = browser.getCookieManager().getCookies().stream()
                    .collect(Collectors.toMap(c -> c.getName(), c -> c.getValue(), (a, b) -> b));
            return new SignedInVisitor(nickname, cookies, token);
        }
    }

    RequestSpecification request() {
        return RestAssured.given().cookies(cookies).redirects().follow(false);
    }
}
