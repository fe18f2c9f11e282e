package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentLoader;
import org.kolo.content.LoadReport;
import org.kolo.content.TestCourse;

/** A shared phone's tabs and history show a course's pages by its neutral title unless the course opts out. */
@QuarkusTest
class PageTitlesTest {

    private static final Path REAL = Path.of("content");
    private static final String PUBLIC_COURSE = TestCourse.COURSE
            .replace("access: members", "access: public")
            .replace("modules:", "neutral-title: {ru: Занятие, uk: Заняття, kk: Сабақ, en: Class}\nmodules:")
            .replace(
                    "title: {ru: Курс, uk: Курс, kk: Курс}",
                    "title: {ru: Права и наркотики, uk: Права і наркотики, " + "kk: Құқықтар және есірткі}");

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(REAL);
    }

    @Test
    void course_and_lesson_pages_carry_the_neutral_title_by_default() throws Exception {
        load(PUBLIC_COURSE);
        for (String[] expected : new String[][] {{"ru", "Занятие"}, {"uk", "Заняття"}, {"kk", "Сабақ"}}) {
            for (String page : new String[] {"/courses/property-course", "/courses/property-course/only-lesson"}) {
                given().cookie("kolo-lang", expected[0])
                        .get(page)
                        .then()
                        .statusCode(200)
                        .body(containsString("<title>Kolo — " + expected[1] + "</title>"))
                        .body(not(containsString("<title>Kolo — Прав")))
                        .body(not(containsString("<title>Kolo — Урок")));
            }
        }
        given().cookie("kolo-lang", "en")
                .get("/courses/property-course")
                .then()
                .statusCode(200)
                .body(containsString("<title>Kolo — Class</title>"));
    }

    @Test
    void a_course_that_chose_full_titles_shows_them() throws Exception {
        load(PUBLIC_COURSE.replace("modules:", "page-titles: full\nmodules:"));
        given().cookie("kolo-lang", "kk")
                .get("/courses/property-course")
                .then()
                .statusCode(200)
                .body(containsString("<title>Kolo — Құқықтар және есірткі</title>"));
        given().cookie("kolo-lang", "ru")
                .get("/courses/property-course/only-lesson")
                .then()
                .statusCode(200)
                .body(containsString("<title>Kolo — Урок: права</title>"));
    }

    @Test
    void a_course_without_a_neutral_title_shows_the_translated_word_for_course() throws Exception {
        load(PUBLIC_COURSE.replace("neutral-title: {ru: Занятие, uk: Заняття, kk: Сабақ, en: Class}\n", ""));
        given().cookie("kolo-lang", "uk")
                .get("/courses/property-course/only-lesson")
                .then()
                .statusCode(200)
                .body(containsString("<title>Kolo — Курс</title>"));
    }

    private void load(String course) throws Exception {
        LoadReport report = loader.load(TestCourse.realContentWith(temp, course, TestCourse.QUIZ));
        if (report.coursesRefused().contains("property-course")) {
            throw new AssertionError("refused: " + report.problems());
        }
    }
}
