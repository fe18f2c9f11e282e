package org.kolo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kolo.courses.Lesson;
import org.kolo.courses.LessonProgress;
import org.kolo.testing.Tokens;

@QuarkusTest
class ContentLoaderTest {

    private static final Path REAL = Path.of("content");

    @Inject
    ContentLoader loader;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(REAL);
    }

    @Test
    void loading_unchanged_content_writes_nothing() {
        loader.load(REAL);
        LoadReport again = loader.load(REAL);
        assertEquals(0, again.coursesWritten());
        assertEquals(0, again.lessonTextsWritten());
        assertEquals(4, again.coursesUnchanged());
    }

    @Test
    void an_edited_lesson_keeps_progress_and_a_removed_one_is_retired(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path copy = TestCourse.copyOf(REAL, temp.resolve("content"));
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .put("/api/me/progress/digital-security")
                .then()
                .statusCode(200);

        Files.writeString(
                copy.resolve("courses/documenting-violations/lessons/digital-security/ru.md"),
                "\nЕщё одно предложение, добавленное редактором.\n",
                StandardOpenOption.APPEND);
        LoadReport edited = loader.load(copy);
        assertEquals(1, edited.coursesWritten());
        assertEquals(1, edited.lessonTextsWritten());
        assertTrue(
                edited.problems().stream().anyMatch(p -> p.contains("digital-security/uk.md:1: warning")),
                "translations become stale: " + edited.problems());
        assertProgressKept("digital-security");

        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .put("/api/me/progress/recognising-police-violence")
                .then()
                .statusCode(200);
        Path yaml = copy.resolve("courses/know-your-rights/course.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml)
                        .replace("[recognising-police-violence, after-police-violence]", "[after-police-violence]"));
        TestCourse.deleteTree(copy.resolve("courses/know-your-rights/lessons/recognising-police-violence"));
        LoadReport removed = loader.load(copy);
        assertEquals(1, removed.lessonsRetired(), removed.toString());
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> Lesson.<Lesson>findById("recognising-police-violence").retired));
        assertProgressKept("recognising-police-violence");
        given().get("/courses/know-your-rights/recognising-police-violence")
                .then()
                .statusCode(404);
    }

    @Test
    void a_course_with_an_error_is_refused_and_keeps_its_previous_version(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path copy = TestCourse.copyOf(REAL, temp.resolve("content"));
        Files.delete(copy.resolve("courses/know-your-rights/lessons/in-detention/kk.md"));
        LoadReport report = loader.load(copy);
        assertEquals(java.util.List.of("know-your-rights"), report.coursesRefused());
        given().cookie("kolo-lang", "kk")
                .get("/courses/know-your-rights/in-detention")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<article lang=\"kk\">"));
    }

    @Test
    void admins_import_on_demand_and_nobody_else_may() {
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.trainer("kyiv")))
                .post("/api/admin/content/imports")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/admin/content/imports")
                .then()
                .statusCode(200)
                .body("coursesRefused.size()", equalTo(0));
    }

    private static void assertProgressKept(String lessonId) {
        LessonProgress kept = QuarkusTransaction.requiringNew()
                .call(() -> LessonProgress.<LessonProgress>find("lessonId = ?1 and completedAt is not null", lessonId)
                        .firstResult());
        assertNotNull(kept, "progress on " + lessonId + " must survive");
    }
}
