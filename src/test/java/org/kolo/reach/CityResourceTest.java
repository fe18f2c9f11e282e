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

    /** A city of the test's own, so that changing targets never touches a real city's. */
    private static String ownCity(int target) {
        String code = "test-city-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            City city = new City();
            city.code = code;
            city.country = "KZ";
            city.timeZone = "Asia/Almaty";
            city.target = target;
            city.nameRu = "Тестоград";
            city.nameUk = "Тестоград";
            city.nameKk = "Тестқала";
            city.nameEn = "Testgrad";
            city.persist();
        });
        return code;
    }

    @Test
    void cities_are_named_in_the_callers_language() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.quizzes.QuizFixtures.newLearner("almaty")))
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
        String city = ownCity(77);
        given().auth()
                .oauth2(Tokens.of(org.kolo.quizzes.QuizFixtures.newLearner("almaty")))
                .contentType(ContentType.JSON)
                .body("{\"target\": 150}")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
        assertTargetIs(city, 77);
    }

    @Test
    void anonymous_caller_gets_401() {
        String city = ownCity(77);
        given().contentType(ContentType.JSON)
                .body("{\"target\": 150}")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(401);
    }

    @Test
    void admin_changes_a_target() {
        String city = ownCity(100);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{\"target\": 120}")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(200)
                .body("target", equalTo(120));
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .when()
                .get("/api/cities")
                .then()
                .body("find { it.code == '" + city + "' }.target", equalTo(120));
    }

    @Test
    void malformed_json_gets_a_problem_and_changes_nothing() {
        String city = ownCity(77);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .cookie("kolo-lang", "ru")
                .contentType(ContentType.JSON)
                .body("{\"target\": ")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Не удалось понять запрос"))
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")))
                .body(not(containsString("jackson")));
        assertTargetIs(city, 77);
    }

    @Test
    void wrong_type_gets_a_problem_naming_the_field() {
        String city = ownCity(77);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{\"target\": \"many\"}")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("target"));
        assertTargetIs(city, 77);
    }

    @Test
    void out_of_range_target_gets_a_translated_field_violation() {
        String city = ownCity(77);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .cookie("kolo-lang", "kk")
                .contentType(ContentType.JSON)
                .body("{\"target\": 0}")
                .when()
                .put("/api/cities/" + city + "/target")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("target"))
                .body("violations[0].message", containsString("100"))
                .body("violations[0].message", containsString("ең көбі"));
        assertTargetIs(city, 77);
    }

    @Test
    void unknown_city_gets_404_problem() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{\"target\": 10}")
                .when()
                .put("/api/cities/atlantis/target")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    private static void assertTargetIs(String city, int target) {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .when()
                .get("/api/cities")
                .then()
                .body("find { it.code == '" + city + "' }.target", equalTo(target));
    }
}
