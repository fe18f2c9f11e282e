package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

@QuarkusTest
class ProgressTest {

    @Test
    void activist_marks_a_lesson_done_and_sees_it_in_her_progress() {
        String activist = LocalServices.keycloak().createActivist("progress-" + suffix(), "almaty");
        given().auth()
                .oauth2(Tokens.of(activist))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .when()
                .put("/api/me/progress/human-rights-basics")
                .then()
                .statusCode(200)
                .body("done", equalTo(true))
                .body("course", equalTo("know-your-rights"));
        given().auth()
                .oauth2(Tokens.of(activist))
                .when()
                .get("/api/me/progress")
                .then()
                .statusCode(200)
                .body("lessons.lesson", hasItem("human-rights-basics"))
                .body("courses.find { it.course == 'know-your-rights' }.total", equalTo(lessonsOf("know-your-rights")));
    }

    @Test
    void trainer_never_sees_the_activists_progress() {
        String activist = LocalServices.keycloak().createActivist("progress-" + suffix(), "almaty");
        String trainer = LocalServices.keycloak().createUser("trainer-" + suffix(), "almaty", "trainer");
        markDone(activist, "in-detention");
        given().auth()
                .oauth2(Tokens.of(trainer))
                .when()
                .get("/api/me/progress")
                .then()
                .statusCode(200)
                .body("lessons.lesson", not(hasItem("in-detention")));
    }

    @Test
    void there_is_no_address_for_another_persons_progress() {
        String activist = LocalServices.keycloak().createActivist("progress-" + suffix(), "almaty");
        String trainer = LocalServices.keycloak().createUser("trainer-" + suffix(), "almaty", "trainer");
        markDone(activist, "in-detention");
        given().auth()
                .oauth2(Tokens.of(trainer))
                .when()
                .get("/api/me/progress?account=" + activist)
                .then()
                .statusCode(200)
                .body("lessons.lesson", not(hasItem("in-detention")));
        given().auth()
                .oauth2(Tokens.of(trainer))
                .when()
                .get("/api/accounts/" + activist + "/progress")
                .then()
                .statusCode(404);
    }

    @Test
    void progress_needs_a_login() {
        given().when().get("/api/me/progress").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .when()
                .put("/api/me/progress/in-detention")
                .then()
                .statusCode(401);
    }

    @Test
    void unknown_lesson_and_bad_bodies_get_problems_and_change_nothing() {
        String coordinator = LocalServices.keycloak().createUser("coordinator-" + suffix(), "tbilisi", "coordinator");
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .when()
                .put("/api/me/progress/no-such-lesson")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .cookie("kolo-lang", "en")
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put("/api/me/progress/safety-planning")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("done"))
                .body("violations[0].message", containsString("{\"done\": true}"));
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .when()
                .get("/api/me/progress")
                .then()
                .body("lessons.lesson", not(hasItem("safety-planning")));
    }

    @Test
    void coordinators_see_counts_per_city_with_small_groups_hidden() {
        String here = "testgrad-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String elsewhere = here + "-other";
        String learner = LocalServices.keycloak().createActivist("progress-" + here, here);
        String other = LocalServices.keycloak().createActivist("progress-" + elsewhere, elsewhere);
        for (String someone : java.util.List.of(learner, other)) {
            markDone(someone, "safety-planning");
        }
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .when()
                .get("/api/courses/know-your-rights/progress-by-city")
                .then()
                .statusCode(200)
                .body("find { it.city == '" + here + "' }.hidden", equalTo(true))
                .body("find { it.city == '" + here + "' }.learners", equalTo(null))
                .body(not(containsString("progress-")))
                .body(not(containsString("lesson")));
        String coordinator = LocalServices.keycloak().createUser("coordinator-" + here, here, "coordinator");
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .when()
                .get("/api/courses/know-your-rights/progress-by-city")
                .then()
                .statusCode(200)
                .body("city", org.hamcrest.Matchers.contains(here));
        given().auth()
                .oauth2(Tokens.of(learner))
                .when()
                .get("/api/courses/know-your-rights/progress-by-city")
                .then()
                .statusCode(403);
    }

    private static String suffix() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** How many lessons a course has in the content Kolo loaded, whatever the course's editors did to it. */
    private static int lessonsOf(String course) {
        return org.kolo.content.ContentReader.read(java.nio.file.Path.of("content")).courses().stream()
                .filter(c -> c.id().equals(course))
                .findFirst()
                .orElseThrow()
                .modules()
                .stream()
                .mapToInt(m -> m.lessons().size())
                .sum();
    }

    private static void markDone(String learner, String lesson) {
        given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .put("/api/me/progress/" + lesson)
                .then()
                .statusCode(200);
    }
}
