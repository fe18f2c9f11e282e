package org.kolo.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MePagesTest {

    @Test
    void anonymous_visit_to_me_goes_to_the_keycloak_login_in_the_chosen_language() {
        given().cookie("kolo-lang", "kk")
                .redirects()
                .follow(false)
                .when()
                .get("/me")
                .then()
                .statusCode(302)
                .header(
                        "Location",
                        allOf(
                                containsString("/realms/kolo/protocol/openid-connect/auth"),
                                containsString("client_id=kolo"),
                                containsString("code_challenge="),
                                containsString("ui_locales=kk")));
    }
}
