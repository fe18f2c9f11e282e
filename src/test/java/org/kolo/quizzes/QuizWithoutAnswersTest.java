package org.kolo.quizzes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.kolo.quizzes.QuizFixtures.newLearner;
import static org.kolo.quizzes.QuizFixtures.start;
import static org.kolo.quizzes.QuizFixtures.submit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentLoader;
import org.kolo.content.TestCourse;
import org.kolo.testing.Tokens;

/** A test before a course (feedback: none) shows the score but never the right answers or explanations. */
@QuarkusTest
class QuizWithoutAnswersTest {

    private static final String QUIZ = TestCourse.QUIZ
            .replace("draw: 2\n", "feedback: none\n")
            .replace(
                    "type: true-false\n",
                    "type: true-false\n    explanation: {ru: Объяснение-ответа, uk: Пояснення-"
                            + "відповіді, kk: Жауап-түсіндірмесі}\n");

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @Test
    void a_submitted_attempt_shows_the_score_and_no_answer_in_the_api_and_on_the_page() throws Exception {
        loader.load(TestCourse.realContentWith(temp, TestCourse.COURSE, QUIZ));
        String learner = newLearner("almaty");
        String id = start(learner, "property-quiz")
                .then()
                .statusCode(201)
                .body("questions", hasSize(3))
                .extract()
                .path("id");
        QuizFixtures.answer(learner, id, "two", java.util.Map.of("value", true))
                .then()
                .statusCode(200)
                .body("review", nullValue());
        submit(learner, id).then().statusCode(200).body("result.percent", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .statusCode(200)
                .body("feedback", org.hamcrest.Matchers.equalTo("none"))
                .body("questions.review", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.review", everyItem(nullValue()));
        given().auth()
                .oauth2(Tokens.of(learner))
                .cookie("kolo-lang", "kk")
                .get("/quizzes/attempts/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Жауаптар мен түсіндірмелер мұнда көрсетілмейді"))
                .body(not(containsString("Жауап-түсіндірмесі")))
                .body(not(containsString("Дұрыс.")));
    }
}
