package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentChecker;
import org.kolo.content.ContentLoader;
import org.kolo.content.ContentReader;
import org.kolo.content.TestCourse;

/** A lesson's pocket card prints on one A6 page in the reader's language, Kazakh and Ukrainian letters included. */
@QuarkusTest
class PocketCardTest {

    private static final String SECTION = """
            ## Қалтаға

            1. Сабыр сақтаңыз: «Мен адвокатсыз ештеңеге қол қоймаймын».
            2. Ґудзик, їжак, єнот — **бәрі** басылады: әғқңөұүһі.

            - Телефон: алдымен адвокат.

            ## Дереккөздер
            """;

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @Test
    void the_section_becomes_numbered_and_bulleted_lines_and_a_long_one_does_not_fit() {
        String section = PocketCard.section(SECTION, "Қалтаға").orElseThrow();
        assertEquals(
                List.of(
                        "1. Сабыр сақтаңыз: «Мен адвокатсыз ештеңеге қол қоймаймын».",
                        "2. Ґудзик, їжак, єнот — бәрі басылады: әғқңөұүһі.",
                        "• Телефон: алдымен адвокат."),
                PocketCard.lines(section));
        assertTrue(PocketCard.fits("Қалтаға", PocketCard.lines(section)));
        assertFalse(PocketCard.fits("Қалтаға", List.of("сөз ".repeat(2000))));
        assertTrue(PocketCard.section(SECTION, "Жоқ").isEmpty());
    }

    @Test
    void the_card_downloads_as_one_page_with_its_letters_and_the_lesson_links_it() throws Exception {
        String lesson = TestCourse.LESSON.replace("minutes: 5\n", "minutes: 5\ncard: Қалтаға\n") + "\n" + SECTION;
        loader.load(TestCourse.realContentWith(
                temp, TestCourse.COURSE.replace("access: members", "access: public"), TestCourse.QUIZ, lesson));
        byte[] pdf = given().cookie("kolo-lang", "kk")
                .get("/courses/property-course/only-lesson/card.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("kolo-card-kk.pdf"))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(
                    text.contains("Ґудзик, їжак, єнот") && text.contains("әғқңөұүһі") && text.contains("Қалтаға"),
                    text);
            assertFalse(text.contains("Курс"), text);
        }
        given().cookie("kolo-lang", "kk")
                .get("/courses/property-course/only-lesson")
                .then()
                .statusCode(200)
                .body(containsString("/courses/property-course/only-lesson/card.pdf"));
    }

    @Test
    void a_lesson_without_a_card_has_no_link_and_no_pdf() throws Exception {
        loader.load(TestCourse.realContentWith(
                temp,
                TestCourse.COURSE.replace("access: members", "access: public"),
                TestCourse.QUIZ,
                TestCourse.LESSON));
        given().get("/courses/property-course/only-lesson/card.pdf").then().statusCode(404);
        given().get("/courses/property-course/only-lesson")
                .then()
                .statusCode(200)
                .body(not(containsString("card.pdf")));
    }

    @Test
    void the_checker_refuses_a_card_without_its_section_or_too_long_for_one_page() throws Exception {
        Path root = temp.resolve("checked");
        String missing = TestCourse.LESSON.replace("minutes: 5\n", "minutes: 5\ncard: Нет такого\n");
        TestCourse.write(
                root.resolve("courses/property-course"),
                TestCourse.utf8(TestCourse.COURSE),
                TestCourse.utf8(TestCourse.QUIZ),
                TestCourse.utf8(missing));
        assertTrue(ContentChecker.check(ContentReader.read(root)).stream()
                .map(p -> p.format(root))
                .toList()
                .contains("courses/property-course/lessons/only-lesson/ru.md:1: error: card: no section 'Нет такого' "
                        + "with text"));
        String tooLong = TestCourse.LESSON.replace("minutes: 5\n", "minutes: 5\ncard: Длинная\n") + "\n## Длинная\n\n"
                + "- пункт карточки, который занимает место\n".repeat(80);
        TestCourse.write(
                root.resolve("courses/property-course"),
                TestCourse.utf8(TestCourse.COURSE),
                TestCourse.utf8(TestCourse.QUIZ),
                TestCourse.utf8(tooLong));
        assertTrue(ContentChecker.check(ContentReader.read(root)).stream()
                .map(p -> p.format(root))
                .toList()
                .contains("courses/property-course/lessons/only-lesson/ru.md:1: error: card: 'Длинная' does not fit "
                        + "one pocket card (A6): shorten it"));
    }
}
