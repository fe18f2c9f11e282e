package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolo.content.TestCourse;

@QuarkusTest
class CoursePagesTest {

    @jakarta.inject.Inject
    org.kolo.content.ContentLoader loader;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    private static final String LESSON = "/courses/know-your-rights/when-police-stop-you";

    @ParameterizedTest
    @CsvSource({
        "ru, Знай свои права, 12 уроков",
        "uk, Знай свої права, 12 уроків",
        "kk, Құқықтарыңызды біліңіз, 12 сабақ",
        "en, Know your rights, 12 lessons"
    })
    void catalogue_speaks_each_language_with_correct_plurals(String lang, String title, String lessons) {
        given().cookie("kolo-lang", lang)
                .when()
                .get("/courses")
                .then()
                .statusCode(200)
                .body(containsString(title))
                .body(containsString(lessons));
    }

    @Test
    void plurals_of_few_lessons_follow_each_language() {
        given().cookie("kolo-lang", "ru").get("/courses").then().body(containsString("3 урока"));
        given().cookie("kolo-lang", "uk").get("/courses").then().body(containsString("3 уроки"));
        given().cookie("kolo-lang", "kk").get("/courses").then().body(containsString("3 сабақ"));
    }

    @ParameterizedTest
    @CsvSource({"ru, Если вас остановила полиция", "uk, Якщо вас зупинила поліція", "kk, Полиция"})
    void lesson_is_shown_in_the_readers_language(String lang, String text) {
        given().cookie("kolo-lang", lang)
                .when()
                .get(LESSON)
                .then()
                .statusCode(200)
                .body(containsString(text))
                .body(containsString("<article lang=\"" + lang + "\">"))
                .body(not(containsString("class=\"notice\"")));
    }

    @Test
    void a_lesson_missing_in_english_says_which_language_it_falls_back_to() {
        given().cookie("kolo-lang", "en")
                .when()
                .get(LESSON)
                .then()
                .statusCode(200)
                .body(containsString("This lesson is not available in English yet; it is shown in Русский."))
                .body(containsString("<article lang=\"ru\">"));
    }

    @Test
    void course_outline_lists_modules_lessons_and_time() {
        given().cookie("kolo-lang", "ru")
                .when()
                .get("/courses/know-your-rights")
                .then()
                .statusCode(200)
                .body(containsString("Остановка, обыск и задержание"))
                .body(containsString("href=\"" + LESSON + "\""))
                .body(containsString("минут"));
    }

    @Test
    void anonymous_reader_gets_an_etag_and_a_304_when_nothing_changed() {
        var first = given().cookie("kolo-lang", "kk").get(LESSON);
        String etag = first.header("ETag");
        assertTrue(etag != null && first.header("Last-Modified") != null, "ETag and Last-Modified expected");
        given().cookie("kolo-lang", "kk")
                .header("If-None-Match", etag)
                .when()
                .get(LESSON)
                .then()
                .statusCode(304);
        given().cookie("kolo-lang", "uk")
                .header("If-None-Match", etag)
                .when()
                .get(LESSON)
                .then()
                .statusCode(200);
    }

    @Test
    void members_only_course_asks_for_a_login() {
        given().redirects()
                .follow(false)
                .when()
                .get("/courses/documenting-violations/interviews-and-consent")
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        given().when().get("/api/courses/documenting-violations").then().statusCode(401);
    }

    @Test
    void unknown_course_or_lesson_is_a_translated_404() {
        given().cookie("kolo-lang", "uk")
                .get("/courses/no-such-course")
                .then()
                .statusCode(404)
                .body(containsString("Сторінку не знайдено"));
        given().cookie("kolo-lang", "kk")
                .get("/courses/know-your-rights/no-such-lesson")
                .then()
                .statusCode(404)
                .body(containsString("Бет табылмады"));
        given().get("/api/courses/no-such-course")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void lesson_page_with_all_it_loads_stays_within_the_30_kb_budget_and_loads_nothing_else() {
        org.kolo.testing.PageWeight weight =
                org.kolo.testing.PageWeight.of("/courses/know-your-rights/in-detention", "kk");
        assertTrue(
                weight.assets().stream().anyMatch(a -> a.startsWith("/static/kolo.css")),
                "the scan finds the page's assets: " + weight);
        assertTrue(weight.compressedBytes() <= 30 * 1024, "lesson page and " + weight.assets() + ": " + weight);
        String page = given().cookie("kolo-lang", "kk")
                .get("/courses/know-your-rights/in-detention")
                .asString();
        assertTrue(
                !page.matches("(?s).*(src|href)=\"//.*") && !page.contains("<script>"), "third-party or inline script");
    }

    @Test
    void catalogue_api_lists_courses_in_the_callers_language() throws Exception {
        String course = TestCourse.COURSE.replace(
                "title: {ru: Курс, uk: Курс, kk: Курс}", "title: {ru: Права, uk: Права людини, kk: Құқықтар}");
        loader.load(TestCourse.realContentWith(temp, course, TestCourse.QUIZ));
        given().cookie("kolo-lang", "kk")
                .when()
                .get("/api/courses")
                .then()
                .statusCode(200)
                .body("find { it.id == 'property-course' }.title", equalTo("Құқықтар"))
                .body("find { it.id == 'property-course' }.lessons", equalTo(1))
                .body("find { it.id == 'property-course' }.access", equalTo("members"));
        given().cookie("kolo-lang", "uk")
                .get("/api/courses")
                .then()
                .body("find { it.id == 'property-course' }.title", equalTo("Права людини"));
        given().get("/api/courses/property-course").then().statusCode(401);
        given().auth()
                .oauth2(org.kolo.testing.Tokens.of(org.kolo.quizzes.QuizFixtures.newLearner("almaty")))
                .get("/api/courses/property-course")
                .then()
                .statusCode(200)
                .body("modules.size()", equalTo(1))
                .body("modules[0].lessons.id", org.hamcrest.Matchers.contains("only-lesson"));
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheRealContent() {
        loader.load(java.nio.file.Path.of("content"));
    }

    @Test
    void personal_pages_are_not_stored_but_lessons_for_anonymous_readers_are_revalidated() {
        given().get(LESSON)
                .then()
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("no-store"))));
        given().get("/courses").then().header("Cache-Control", equalTo("no-store"));
        given().get("/courses/know-your-rights").then().header("Cache-Control", equalTo("no-store"));
    }
}
