package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kolo.media.MediaFixtures.pdf;
import static org.kolo.media.MediaFixtures.upload;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentLoader;
import org.kolo.content.TestCourse;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Tokens;

/** A lesson's media reference becomes the item's player when the page is served, and the library lists the item. */
@QuarkusTest
class MediaEmbedsTest {

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @Test
    void a_handout_in_a_lesson_is_a_download_with_its_size_and_a_missing_item_a_notice_with_its_title_escaped()
            throws Exception {
        String id = "embed-" + UUID.randomUUID().toString().substring(0, 8);
        upload(id, "h.pdf", pdf(150_000)).then().statusCode(200);
        String lesson = TestCourse.LESSON.replace(
                "![видео](media:m-abc123)",
                "![видео](media:" + id + ")\n\n![Көрсетілмейтін & «сөз» <тег](media:missing-item)\n");
        loader.load(TestCourse.realContentWith(
                temp, TestCourse.COURSE.replace("access: members", "access: public"), TestCourse.QUIZ, lesson));
        given().cookie("kolo-lang", "kk")
                .get("/courses/property-course/only-lesson")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/media/" + id + "/original?download=1\""))
                .body(containsString("Жадынама (PDF, 0,2 МБ)"))
                .body(containsString("«Көрсетілмейтін &amp; «сөз» &lt;тег» материалы әзірге қолжетімсіз."))
                .body(not(containsString("<тег")))
                .body(not(containsString("media-ref")));
    }

    @Test
    void the_library_lists_the_item_with_its_kind_and_state_in_the_readers_language_for_staff_only() {
        String id = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        upload(id, "l.pdf", pdf(20_000)).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .cookie("kolo-lang", "kk")
                .get("/media/library")
                .then()
                .statusCode(200)
                .body(containsString(id))
                .body(containsString("Үлестірме материал (PDF)"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .cookie("kolo-lang", "kk")
                .get("/media/library/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Жадынама"))
                .body(containsString("дайын"));
        given().auth()
                .oauth2(Tokens.of(QuizFixtures.newLearner("almaty")))
                .get("/media/library")
                .then()
                .statusCode(403);
    }
}
