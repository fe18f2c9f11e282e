package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

@QuarkusTest
class DenyByDefaultTest {

    @Test
    void an_endpoint_without_a_role_statement_is_refused_even_to_an_admin() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .when()
                .get("/test-only/unannotated")
                .then()
                .statusCode(anyOf(is(401), is(403)))
                .body(not(containsString("should never be served")));
        given().redirects()
                .follow(false)
                .when()
                .get("/test-only/unannotated")
                .then()
                .statusCode(anyOf(is(302), is(401), is(403)))
                .body(not(containsString("should never be served")));
    }
}
