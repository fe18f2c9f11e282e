package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FormsTest {

    @Test
    void a_form_post_without_its_token_is_refused_with_a_translated_page() {
        given().cookie("kolo-lang", "uk")
                .formParam("value", "1")
                .redirects()
                .follow(false)
                .when()
                .post("/test-only/form")
                .then()
                .statusCode(403)
                .body(containsString("Термін дії форми минув"))
                .body(containsString("href=\"/exit\""));
    }

    @Test
    void a_form_post_with_the_token_from_its_page_is_accepted() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "kyiv");
        activist.request()
                .formParam("csrf", activist.formToken)
                .formParam("value", "1")
                .when()
                .post("/test-only/form")
                .then()
                .statusCode(204);
    }
}
