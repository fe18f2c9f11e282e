package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolo.courses.CoursePagesFixture.FIRST_LESSON;
import static org.kolo.courses.CoursePagesFixture.MEMBERS;
import static org.kolo.courses.CoursePagesFixture.PUBLIC;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolo.content.TestCourse;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Tokens;

/** Catalogue, course and lesson pages, read from the test's own courses (editing a shipped lesson breaks nothing). */
@QuarkusTest
class CoursePagesTest extends org.kolo.content.WithOwnContent {

    @Override
    protected Path content(Path temp) throws Exception {
        return CoursePagesFixture.write(temp);
    }

    /** The card of one course in the catalogue, from its title to the end of its list item. */
    private static String card(String lang, String title) {
        String page = given().cookie("kolo-lang", lang)
                .get("/courses")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int start = page.indexOf(">" + title + "</a>");
        assertTrue(start > 0, "the catalogue in " + lang + " shows " + title);
        return page.substring(start, page.indexOf("</li>", start));
    }

    @ParameterizedTest
    @CsvSource({
        "ru, Права на улице, 5 уроков",
        "uk, Права на вулиці, 5 уроків",
        "kk, Көшедегі құқықтар, 5 сабақ",
        "en, Rights in the street, 5 lessons"
    })
    void catalogue_speaks_each_language_with_correct_plurals(String lang, String title, String lessons) {
        assertTrue(card(lang, title).contains(lessons), card(lang, title));
    }

    @ParameterizedTest
    @CsvSource({
        "ru, Закрытый, 3 урока, Один, 1 урок",
        "uk, Закритий, 3 уроки, Один, 1 урок",
        "kk, Жабық, 3 сабақ, Бір, 1 сабақ"
    })
    void plurals_of_one_and_of_few_lessons_follow_each_language(
            String lang, String fewTitle, String few, String oneTitle, String one) {
        assertTrue(card(lang, fewTitle).contains(few), card(lang, fewTitle));
        assertTrue(card(lang, oneTitle).contains(one), card(lang, oneTitle));
    }

    @ParameterizedTest
    @CsvSource({"ru", "uk", "kk"})
    void lesson_is_shown_in_the_readers_language(String lang) {
        given().cookie("kolo-lang", lang)
                .when()
                .get(FIRST_LESSON)
                .then()
                .statusCode(200)
                .body(containsString(CoursePagesFixture.LESSON_TEXTS.get(lang)))
                .body(containsString("<article lang=\"" + lang + "\">"))
                .body(not(containsString("class=\"notice\"")));
    }

    @Test
    void a_lesson_missing_in_english_says_which_language_it_falls_back_to() {
        given().cookie("kolo-lang", "en")
                .when()
                .get(FIRST_LESSON)
                .then()
                .statusCode(200)
                .body(containsString("This lesson is not available in English yet; it is shown in Русский."))
                .body(containsString(CoursePagesFixture.LESSON_TEXTS.get("ru")))
                .body(containsString("<article lang=\"ru\">"));
    }

    @Test
    void course_outline_lists_modules_lessons_and_time() {
        String page = given().cookie("kolo-lang", "ru")
                .when()
                .get("/courses/" + PUBLIC)
                .then()
                .statusCode(200)
                .body(containsString(CoursePagesFixture.SECOND_MODULE_RU))
                .body(containsString("href=\"" + FIRST_LESSON + "\""))
                .body(containsString("href=\"/courses/" + PUBLIC + "/" + PUBLIC + "-5\""))
                .extract()
                .asString();
        // Five lessons of the same length: the course takes five times what each lesson says it takes.
        java.util.regex.Matcher lesson = java.util.regex.Pattern.compile("class=\"meta\">(\\d+) минут")
                .matcher(page.substring(page.indexOf("<section>")));
        assertTrue(lesson.find(), page);
        int minutes = Integer.parseInt(lesson.group(1));
        assertTrue(page.contains("5 уроков · " + 5 * minutes + " минут"), page);
    }

    @Test
    void anonymous_reader_gets_an_etag_and_a_304_when_nothing_changed() {
        var first = given().cookie("kolo-lang", "kk").get(FIRST_LESSON);
        String etag = first.header("ETag");
        assertTrue(etag != null && first.header("Last-Modified") != null, "ETag and Last-Modified expected");
        given().cookie("kolo-lang", "kk")
                .header("If-None-Match", etag)
                .when()
                .get(FIRST_LESSON)
                .then()
                .statusCode(304);
        given().cookie("kolo-lang", "uk")
                .header("If-None-Match", etag)
                .when()
                .get(FIRST_LESSON)
                .then()
                .statusCode(200);
    }

    @Test
    void members_only_course_asks_for_a_login_and_shows_its_lessons_to_a_member() {
        String lesson = "/courses/" + MEMBERS + "/" + MEMBERS + "-1";
        given().redirects()
                .follow(false)
                .when()
                .get(lesson)
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
        given().when().get("/api/courses/" + MEMBERS).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of(QuizFixtures.newLearner("almaty")))
                .get("/api/courses/" + MEMBERS)
                .then()
                .statusCode(200)
                .body("modules.lessons.flatten().id", org.hamcrest.Matchers.hasItem(MEMBERS + "-1"));
    }

    @Test
    void unknown_course_or_lesson_is_a_translated_404() {
        given().cookie("kolo-lang", "uk")
                .get("/courses/no-such-course")
                .then()
                .statusCode(404)
                .body(containsString("Сторінку не знайдено"));
        given().cookie("kolo-lang", "kk")
                .get("/courses/" + PUBLIC + "/no-such-lesson")
                .then()
                .statusCode(404)
                .body(containsString("Бет табылмады"));
        given().get("/api/courses/no-such-course")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void catalogue_api_lists_courses_in_the_callers_language() throws Exception {
        String course = TestCourse.COURSE.replace(
                "title: {ru: Курс, uk: Курс, kk: Курс}", "title: {ru: Права, uk: Права людини, kk: Құқықтар}");
        loader.load(TestCourse.realContentWith(temp.resolve("with-property-course"), course, TestCourse.QUIZ));
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
                .oauth2(Tokens.of(QuizFixtures.newLearner("almaty")))
                .get("/api/courses/property-course")
                .then()
                .statusCode(200)
                .body("modules.size()", equalTo(1))
                .body("modules[0].lessons.id", org.hamcrest.Matchers.contains("only-lesson"));
    }

    @Test
    void personal_pages_are_not_stored_but_lessons_for_anonymous_readers_are_revalidated() {
        given().get(FIRST_LESSON)
                .then()
                .statusCode(200)
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("no-store"))));
        given().get("/courses").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/courses/" + PUBLIC).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }
}
