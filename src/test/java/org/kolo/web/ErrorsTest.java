package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorsTest {

    @Test
    void unknown_page_gets_a_translated_page_in_the_layout() {
        given().cookie("kolo-lang", "kk")
                .when()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Бет табылмады"))
                .body(containsString("href=\"/exit\""));
    }

    @Test
    void unknown_api_path_gets_problem_json() {
        given().header("Accept-Language", "uk")
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Сторінку не знайдено"));
    }

    @Test
    void wrong_method_gets_405_problem() {
        given().header("Accept-Language", "kk")
                .when()
                .delete("/api/me")
                .then()
                .statusCode(405)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(405))
                .body("title", equalTo("Мұнда рұқсат етілмейді"));
    }

    @Test
    void a_failing_page_shows_a_translated_500_without_class_names_or_stack_traces() {
        given().cookie("kolo-lang", "kk")
                .get("/test-only/failure")
                .then()
                .statusCode(500)
                .contentType(startsWith("text/html"))
                .body(containsString("<html"))
                .body(not(containsString("Exception")))
                .body(not(containsString("SecretDetail")))
                .body(not(containsString("db-7")))
                .body(not(containsString("at org.")))
                .body(not(containsString("org.kolo")));
    }

    @Test
    void a_failing_api_call_answers_problem_json_without_class_names_or_stack_traces() {
        given().auth()
                .oauth2(org.kolo.testing.Tokens.of(org.kolo.testing.Staff.admin()))
                .get("/api/test-only/failure")
                .then()
                .statusCode(500)
                .contentType(startsWith("application/problem+json"))
                .body("status", org.hamcrest.Matchers.equalTo(500))
                .body(not(containsString("Exception")))
                .body(not(containsString("SecretDetail")))
                .body(not(containsString("db-7")))
                .body(not(containsString("org.kolo")));
    }
}
