package org.kolo.certificates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** Staff issue certificates to nicknames: admins to anyone, coordinators and trainers within their city. */
@QuarkusTest
class HandIssuingTest extends org.kolo.content.WithOwnContent {

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return CertificateCourses.write(temp);
    }

    @Test
    void an_admin_issues_once_per_learner_and_unknown_nicknames_are_reported() {
        String learner = QuizFixtures.newLearner("almaty");
        issue(org.kolo.testing.Staff.admin(), List.of(learner, "nobody-by-this-name"))
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].outcome", equalTo("issued"))
                .body("[0].code", notNullValue())
                .body("[1].outcome", equalTo("unknown-learner"));
        issue(org.kolo.testing.Staff.admin(), List.of(learner))
                .then()
                .statusCode(200)
                .body("[0].outcome", equalTo("already-issued"));
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/certificates/mine")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                // She chose no printed name yet: a neutral placeholder, never her login name.
                .body("[0].name", equalTo("Участница программы"))
                .body("[0].courseTitle", equalTo(CertificateCourses.NEUTRAL_RU));
    }

    @Test
    void a_trainer_issues_for_her_group_within_her_city_and_the_course_title_is_printed_whatever_she_types() {
        String trainer = LocalServices.keycloak().createUser("trainer-issue-" + System.nanoTime(), "kyiv", "trainer");
        String inKyiv = QuizFixtures.newLearner("kyiv");
        String inAlmaty = QuizFixtures.newLearner("almaty");
        given().auth()
                .oauth2(Tokens.of(trainer))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseId",
                        CertificateCourses.COURSE,
                        "learners",
                        List.of(inKyiv, inAlmaty),
                        "courseTitle",
                        "Курс для тех, кто употребляет, Київ"))
                .post("/api/certificates")
                .then()
                .statusCode(200)
                .body("[0].outcome", equalTo("issued"))
                .body("[1].outcome", equalTo("unknown-learner"));
        given().auth()
                .oauth2(Tokens.of(inKyiv))
                .get("/api/certificates/mine")
                .then()
                .body("", hasSize(1))
                .body("[0].courseTitle", equalTo(CertificateCourses.NEUTRAL_RU));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trainer", "coordinator", "admin"})
    void nobody_issues_a_certificate_to_herself(String role) {
        String issuer = LocalServices.keycloak().createUser(role + "-self-" + System.nanoTime(), "kyiv", role);
        String learner = QuizFixtures.newLearner("kyiv");
        issue(issuer, List.of(issuer, learner))
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].outcome", equalTo("not-yourself"))
                .body("[0].code", nullValue())
                .body("[1].outcome", equalTo("issued"));
        given().auth()
                .oauth2(Tokens.of(issuer))
                .get("/api/certificates/mine")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void learners_cannot_issue_and_bad_requests_are_refused_with_reasons() {
        String learner = QuizFixtures.newLearner("almaty");
        issue(learner, List.of(learner)).then().statusCode(403);
        issue(org.kolo.testing.Staff.admin(), List.of()).then().statusCode(400);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body(Map.of("courseId", "no-such-course", "learners", List.of(learner)))
                .post("/api/certificates")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:kolo:problem:unknown-course"));
    }

    private static Response issue(String issuer, List<String> learners) {
        return given().auth()
                .oauth2(Tokens.of(issuer))
                .contentType(ContentType.JSON)
                .body(Map.of("courseId", CertificateCourses.COURSE, "learners", learners))
                .post("/api/certificates");
    }
}
