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
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentLoader;
import org.kolo.content.TestCourse;
import org.kolo.testing.Tokens;

@QuarkusTest
class KnowledgeReportTest {

    private static final String CITY =
            "Testgrad-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String REPORT = "/api/courses/report-course/test-report";
    private static final String PAGE = "/courses/report-course/test-report";
    private static final String BEFORE = "report-before";
    private static final String AFTER = "report-after";
    private static final String REQUIRED = "report-check";

    /** A course of the test's own, with a test before and after: parallel forms on the same two goals. */
    private static final String COURSE = TestCourse.COURSE
            .replace("id: property-course", "id: report-course")
            .replace("quizzes: [property-quiz]", "quizzes: []")
            .replace("tests: {before: property-quiz}", "tests: {before: " + BEFORE + ", after: " + AFTER + "}")
            .replace("lessons: [only-lesson]", "lessons: [report-lesson]");

    private static final String LESSON = TestCourse.LESSON.replace("lesson:only-lesson", "lesson:report-lesson");

    private static String form(String id, String word, boolean answer) {
        return """
                id: %1$s
                version: 1
                title: {ru: "Тест %2$s", uk: "Тест %2$s", kk: "Тест %2$s"}
                pass-mark: 70
                feedback: none
                questions:
                  - id: %1$s-one
                    type: single
                    goal: goal-one
                    text: {ru: "Вопрос %2$s один", uk: "Питання %2$s один", kk: "%2$s бірінші сұрақ"}
                    options:
                      - {id: a, correct: true, text: {ru: "Да %2$s", uk: "Так %2$s", kk: "Иә %2$s"}}
                      - {id: b, text: {ru: "Нет %2$s", uk: "Ні %2$s", kk: "Жоқ %2$s"}}
                  - id: %1$s-two
                    type: true-false
                    goal: goal-two
                    answer: %3$s
                    text: {ru: "Верно ли %2$s?", uk: "Чи правда %2$s?", kk: "%2$s рас па?"}
                """.formatted(id, word, answer);
    }

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    private static boolean prepared;

    /** Not @BeforeAll: REST Assured learns the test port only once a test runs. */
    @BeforeEach
    void fiveLearnersBeforeAndAfter() throws Exception {
        Path content = TestCourse.copyOf(Path.of("content"), temp.resolve("content"));
        TestCourse.write(
                content.resolve("courses/report-course"),
                "report-lesson",
                TestCourse.utf8(COURSE),
                Map.of(
                        BEFORE,
                        TestCourse.utf8(form(BEFORE, "до", true)),
                        AFTER,
                        TestCourse.utf8(form(AFTER, "после", false)),
                        REQUIRED,
                        TestCourse.utf8(form(REQUIRED, "проверка", true)
                                .replace("pass-mark: 70", "pass-mark: 70\nrequired: true"))),
                TestCourse.utf8(LESSON));
        TestCourse.load(loader, content);
        QuizFixtures.know(content);
        if (prepared) {
            return;
        }
        prepared = true;
        for (int i = 0; i < 5; i++) {
            String learner = newLearner(CITY);
            assertEquals(100.0f, takeAndSubmit(learner, BEFORE, true));
            assertEquals(0.0f, takeAndSubmit(learner, AFTER, false));
            // A second try, all right, is both the best and the last, and still not what the report compares.
            assertEquals(100.0f, takeAndSubmit(learner, AFTER, true));
        }
    }

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @Test
    void the_report_compares_the_first_attempts_before_and_after_with_the_difficulty_of_each_question() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
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
                        "questions.findAll { it.quiz == 'report-after' }",
                        hasSize(QuizFixtures.quiz(AFTER).questions().size()))
                .body(
                        "questions.findAll { it.quiz == 'report-after' }.correctShare",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.findAll { it.quiz == 'report-after' }.correctShare", everyItem(equalTo(0.0f)))
                .body(
                        "questions.findAll { it.quiz == 'report-before' }.correctShare",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.findAll { it.quiz == 'report-before' }.correctShare", everyItem(equalTo(1.0f)));
    }

    @Test
    void groups_under_five_are_hidden_and_each_role_sees_only_its_scope() {
        String alone = newLearner(CITY + "-small");
        takeAndSubmit(alone, BEFORE, true);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .queryParam("city", CITY + "-small")
                .get(REPORT)
                .then()
                .body("before.hidden", equalTo(true))
                .body("before.averagePercent", nullValue())
                .body("questions.hidden", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.hidden", everyItem(equalTo(true)));
        // A coordinator's report is always her own city, whatever she asks for.
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.coordinator("tbilisi")))
                .queryParam("city", CITY)
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("cities", org.hamcrest.Matchers.contains("tbilisi"));
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.trainer("kyiv")))
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
                .oauth2(Tokens.of(org.kolo.testing.Staff.trainer("kyiv")))
                .cookie("kolo-lang", "uk")
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Місто: Київ"))
                .body(org.hamcrest.Matchers.containsString("Менше п’яти людей: приховано"));
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .queryParam("city", CITY)
                .get(PAGE)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("100.0%"));
        given().auth().oauth2(Tokens.of(newLearner(CITY))).get(PAGE).then().statusCode(403);
    }

    @Test
    void the_csv_opens_in_excel_with_cyrillic() {
        byte[] csv = given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
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
        assertTrue(text.contains("\r\nreport-course," + CITY + ",after," + AFTER + ",,5,0.0,,false\r\n"), text);
        assertTrue(text.contains(",gain,,,,-100.0,,false"), text);
    }

    @Test
    void a_required_quiz_joins_the_course_completion_rule() {
        String learner = newLearner(CITY);
        given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .put("/api/me/progress/report-lesson")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/me/progress")
                .then()
                .body("courses.find { it.course == 'report-course' }.completed", equalTo(false));
        takeAndSubmit(learner, REQUIRED, true);
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/me/progress")
                .then()
                .body("courses.find { it.course == 'report-course' }.completed", equalTo(true));
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/quizzes/" + REQUIRED)
                .then()
                .body("standing.passed", equalTo(true))
                .body("required", equalTo(true));
    }
}
