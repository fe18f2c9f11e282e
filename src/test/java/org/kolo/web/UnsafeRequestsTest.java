package org.kolo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forged requests from a signed-in browser are refused before they change anything. */
@QuarkusTest
class UnsafeRequestsTest {

    @Test
    void a_change_sent_without_its_form_token_is_refused_and_nothing_is_saved() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "almaty");
        activist.request()
                .body("{\"dataSaver\":true}")
                .when()
                .put("/media/preferences")
                .then()
                .statusCode(403);
        activist.request()
                .contentType("application/json")
                .body("{\"dataSaver\":true}")
                .when()
                .put("/media/preferences")
                .then()
                .statusCode(403);
        activist.request().get("/media/preferences").then().statusCode(200).body("dataSaver", equalTo(false));

        activist.request()
                .contentType("application/json")
                .header("X-CSRF-TOKEN", activist.formToken)
                .body("{\"dataSaver\":true}")
                .when()
                .put("/media/preferences")
                .then()
                .statusCode(200);
        activist.request().get("/media/preferences").then().statusCode(200).body("dataSaver", equalTo(true));
    }

    @Test
    void a_wrong_token_in_the_header_is_refused() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "almaty");
        activist.request()
                .contentType("application/json")
                .header("X-CSRF-TOKEN", "forged" + activist.formToken)
                .body("{\"dataSaver\":true}")
                .when()
                .put("/media/preferences")
                .then()
                .statusCode(403);
        activist.request().get("/media/preferences").then().body("dataSaver", equalTo(false));
    }

    @Test
    void a_form_from_another_site_is_refused_even_with_a_valid_token() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "almaty");
        postProbe(activist.request().header("Sec-Fetch-Site", "cross-site").cookie("kolo-lang", "kk"), activist)
                .then()
                .statusCode(403)
                .body(containsString("басқа сайттан"));
        postProbe(activist.request().header("Origin", "https://elsewhere.example"), activist)
                .then()
                .statusCode(403);
        postProbe(activist.request().header("Sec-Fetch-Site", "same-origin"), activist)
                .then()
                .statusCode(204);
    }

    @Test
    void the_token_cookie_is_signed_so_it_differs_from_the_token_in_forms() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "almaty");
        assertNotEquals(activist.formToken, activist.cookies.get("kolo-csrf"));
        Map<String, String> unsigned = new HashMap<>(activist.cookies);
        unsigned.put("kolo-csrf", activist.formToken);
        postProbe(RestAssured.given().cookies(unsigned).redirects().follow(false), activist)
                .then()
                .statusCode(403);
    }

    @Test
    void an_address_with_a_path_parameter_is_refused_and_the_api_ignores_the_browser_login() throws IOException {
        SignedInVisitor activist = SignedInVisitor.signIn("activist", "almaty");
        activist.request().urlEncodingEnabled(false).get("/api;x/me").then().statusCode(400);
        activist.request()
                .urlEncodingEnabled(false)
                .get("/api;x/certificates/mine")
                .then()
                .statusCode(400);
        activist.request().urlEncodingEnabled(false).get("/me;x").then().statusCode(400);
        activist.request()
                .urlEncodingEnabled(false)
                .contentType("application/json")
                .header("X-CSRF-TOKEN", activist.formToken)
                .body("{\"dataSaver\":true}")
                .put("/api;x/me")
                .then()
                .statusCode(400);
        activist.request().get("/api/me").then().statusCode(401);
    }

    /** The test-only form, sent with her valid form token. */
    private static Response postProbe(RequestSpecification request, SignedInVisitor visitor) {
        return request.formParam("csrf", visitor.formToken)
                .formParam("value", "1")
                .when()
                .post("/test-only/form");
    }
}
