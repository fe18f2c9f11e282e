package org.kolo.quizzes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolo.quizzes.QuizFixtures.newLearner;
import static org.kolo.quizzes.QuizFixtures.takeAndSubmit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

@QuarkusTest
class KnowledgeReportTest {

    private static final String CITY =
            "Testgrad-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String REPORT = "/api/courses/know-your-rights/test-report";

    private static boolean prepared;

    /** Not @BeforeAll: REST Assured learns the test port only once a test runs. */
    @BeforeEach
    void fiveLearnersBeforeAndAfter() {
        if (prepared) {
            return;
        }
        prepared = true;
        for (int i = 0; i < 5; i++) {
            String learner = newLearner(CITY);
            assertEquals(100.0f, takeAndSubmit(learner, "know-your-rights-before", true));
            assertEquals(0.0f, takeAndSubmit(learner, "know-your-rights-after", false));
            // A second try, all right, is both the best and the last, and still not what the report compares.
            assertEquals(100.0f, takeAndSubmit(learner, "know-your-rights-after", true));
        }
    }

    @Test
    void the_report_compares_the_first_attempts_before_and_after_with_the_difficulty_of_each_question() {
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .queryParam("city", CITY)
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("cities", org.hamcrest.Matchers.contains(CITY))
                .body("before.people", equalTo(5))
                .body("before.averagePercent", equalTo(100.0f))
                .body("after.people", equalTo(5))
                .body("after.averagePercent", equalTo(0.0f))
                .body("gain", equalTo(-100.0f))
                .body(
                        "questions.findAll { it.quiz == 'know-your-rights-after' }",
                        hasSize(QuizFixtures.quiz("know-your-rights-after")
                                .questions()
                                .size()))
                .body(
                        "questions.findAll { it.quiz == 'know-your-rights-after' }.correctShare",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body(
                        "questions.findAll { it.quiz == 'know-your-rights-after' }.correctShare",
                        everyItem(equalTo(0.0f)))
                .body(
                        "questions.findAll { it.quiz == 'know-your-rights-before' }.correctShare",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body(
                        "questions.findAll { it.quiz == 'know-your-rights-before' }.correctShare",
                        everyItem(equalTo(1.0f)));
    }

    @Test
    void groups_under_five_are_hidden_and_each_role_sees_only_its_scope() {
        String alone = newLearner(CITY + "-small");
        takeAndSubmit(alone, "know-your-rights-before", true);
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .queryParam("city", CITY + "-small")
                .get(REPORT)
                .then()
                .body("before.hidden", equalTo(true))
                .body("before.averagePercent", nullValue())
                .body("questions.hidden", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.hidden", everyItem(equalTo(true)));
        // A coordinator's report is always her own city, whatever she asks for.
        given().auth()
                .oauth2(Tokens.of("demo-coordinator"))
                .queryParam("city", CITY)
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("cities", org.hamcrest.Matchers.contains("tbilisi"));
        given().auth()
                .oauth2(Tokens.of("demo-trainer"))
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("cities", org.hamcrest.Matchers.contains("kyiv"));
        given().auth().oauth2(Tokens.of(alone)).get(REPORT).then().statusCode(403);
        given().get(REPORT).then().statusCode(401);
    }

    @Test
    void trainers_see_the_report_page_for_their_city_and_learners_do_not() {
        given().auth()
                .oauth2(Tokens.of("demo-trainer"))
                .cookie("kolo-lang", "uk")
                .get("/courses/know-your-rights/test-report")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Місто: Київ"))
                .body(org.hamcrest.Matchers.containsString("Менше п’яти людей: приховано"));
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .queryParam("city", CITY)
                .get("/courses/know-your-rights/test-report")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("100.0%"));
        given().auth()
                .oauth2(Tokens.of(newLearner(CITY)))
                .get("/courses/know-your-rights/test-report")
                .then()
                .statusCode(403);
    }

    @Test
    void the_csv_opens_in_excel_with_cyrillic() {
        byte[] csv = given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .queryParam("city", CITY)
                .get(REPORT + ".csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(
                text.contains("\r\nknow-your-rights," + CITY + ",after,know-your-rights-after,,5,0.0,,false\r\n"),
                text);
        assertTrue(text.contains(",gain,,,,-100.0,,false"), text);
    }

    @Test
    void a_required_quiz_joins_the_course_completion_rule() {
        String learner = newLearner(CITY);
        for (String lesson : new String[] {"interviews-and-consent", "collecting-evidence", "digital-security"}) {
            given().auth()
                    .oauth2(Tokens.of(learner))
                    .contentType(ContentType.JSON)
                    .body("{\"done\": true}")
                    .put("/api/me/progress/" + lesson)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/me/progress")
                .then()
                .body("courses.find { it.course == 'documenting-violations' }.completed", equalTo(false));
        takeAndSubmit(learner, "documenting-violations-check", true);
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/me/progress")
                .then()
                .body("courses.find { it.course == 'documenting-violations' }.completed", equalTo(true));
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/quizzes/documenting-violations-check")
                .then()
                .body("standing.passed", equalTo(true))
                .body("required", equalTo(true));
    }
}
