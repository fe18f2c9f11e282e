package org.kolo.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

@QuarkusTest
class ApiAccessTest {

    @Test
    void api_without_a_token_answers_401_and_never_redirects() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("Location", equalTo(null))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void api_with_a_forged_token_answers_401() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .redirects()
                .follow(false)
                .when()
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void activist_reads_her_own_account_from_the_token() {
        String activist = LocalServices.keycloak().createActivist("api-me-" + System.nanoTime(), "almaty");
        given().auth()
                .oauth2(Tokens.of(activist))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("nickname", equalTo(activist))
                .body("roles", hasItem("activist"))
                .body("roles", not(hasItem("admin")))
                .body("city", equalTo("almaty"));
    }

    @Test
    void account_locale_sets_the_language_when_nothing_was_chosen() {
        String trainer = LocalServices.keycloak()
                .createUser(
                        "api-locale-" + System.nanoTime(),
                        java.util.List.of("kyiv"),
                        "trainer",
                        java.util.Map.of("locale", "uk"));
        given().auth()
                .oauth2(Tokens.of(trainer))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("language", equalTo("uk"));
    }

    @Test
    void the_api_answer_carries_no_email_or_token() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body(not(containsString("email")))
                .body(not(containsString("eyJ")));
    }

    @Test
    void tokens_that_keycloaks_other_clients_issue_are_refused_and_kolos_own_are_accepted() {
        String nickname = LocalServices.keycloak().createActivist("api-aud-" + System.nanoTime(), "almaty");
        for (String client : new String[] {"admin-cli", "account-console"}) {
            LocalServices.keycloak().setPasswordGrant(client, true);
            try {
                given().auth()
                        .oauth2(Tokens.ofClient(client, nickname))
                        .redirects()
                        .follow(false)
                        .when()
                        .get("/api/me")
                        .then()
                        .statusCode(401)
                        .contentType(startsWith("application/problem+json"));
            } finally {
                LocalServices.keycloak().setPasswordGrant(client, false);
            }
        }
        given().auth()
                .oauth2(Tokens.of(nickname))
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("nickname", equalTo(nickname));
    }
}
