package org.kolo.reach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

@QuarkusTest
class CityResourceTest {

    @Test
    void cities_are_named_in_the_callers_language() {
        given().auth()
                .oauth2(Tokens.of("demo-activist"))
                .cookie("kolo-lang", "uk")
                .when()
                .get("/api/cities")
                .then()
                .statusCode(200)
                .body("name", hasItem("Київ"))
                .body("find { it.code == 'almaty' }.target", equalTo(100))
                .body("find { it.code == 'almaty' }.timeZone", equalTo("Asia/Almaty"));
    }

    @Test
    void activist_may_not_change_a_target() {
        given().auth()
                .oauth2(Tokens.of("demo-activist"))
                .contentType(ContentType.JSON)
                .body("{\"target\": 150}")
                .when()
                .put("/api/cities/astana/target")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
    }

    @Test
    void anonymous_caller_gets_401() {
        given().contentType(ContentType.JSON)
                .body("{\"target\": 150}")
                .when()
                .put("/api/cities/astana/target")
                .then()
                .statusCode(401);
    }

    @Test
    void admin_changes_a_target() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .contentType(ContentType.JSON)
                .body("{\"target\": 120}")
                .when()
                .put("/api/cities/odesa/target")
                .then()
                .statusCode(200)
                .body("target", equalTo(120));
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .when()
                .get("/api/cities")
                .then()
                .body("find { it.code == 'odesa' }.target", equalTo(120));
    }

    @Test
    void malformed_json_gets_a_problem_and_changes_nothing() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .cookie("kolo-lang", "ru")
                .contentType(ContentType.JSON)
                .body("{\"target\": ")
                .when()
                .put("/api/cities/bishkek/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Не удалось понять запрос"))
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")))
                .body(not(containsString("jackson")));
        assertBishkekTargetIs(100);
    }

    @Test
    void wrong_type_gets_a_problem_naming_the_field() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .contentType(ContentType.JSON)
                .body("{\"target\": \"many\"}")
                .when()
                .put("/api/cities/bishkek/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("target"));
        assertBishkekTargetIs(100);
    }

    @Test
    void out_of_range_target_gets_a_translated_field_violation() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .cookie("kolo-lang", "kk")
                .contentType(ContentType.JSON)
                .body("{\"target\": 0}")
                .when()
                .put("/api/cities/bishkek/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("target"))
                .body("violations[0].message", containsString("100"))
                .body("violations[0].message", containsString("ең көбі"));
        assertBishkekTargetIs(100);
    }

    @Test
    void unknown_city_gets_404_problem() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .contentType(ContentType.JSON)
                .body("{\"target\": 10}")
                .when()
                .put("/api/cities/atlantis/target")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    private static void assertBishkekTargetIs(int target) {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .when()
                .get("/api/cities")
                .then()
                .body("find { it.code == 'bishkek' }.target", equalTo(target));
    }
}
