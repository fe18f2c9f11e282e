package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/me",
                "/exit",
                "/no-such-page",
                "/api/me",
                "/api/no-such-thing",
                "/static/kolo.css",
                "/verify",
                "/q/health/live"
            })
    void every_answer_carries_the_security_headers(String path) {
        given().redirects()
                .follow(false)
                .when()
                .get(path)
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("default-src 'none'"),
                                containsString("script-src 'self'"),
                                containsString("frame-ancestors 'none'"),
                                not(containsString("unsafe-inline"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/me", "/api/me", "/no-such-page"})
    void pages_and_api_answers_are_never_cached(String path) {
        given().redirects().follow(false).when().get(path).then().header("Cache-Control", equalTo("no-store"));
    }
}
