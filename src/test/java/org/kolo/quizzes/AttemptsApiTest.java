package org.kolo.quizzes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.kolo.quizzes.QuizFixtures.answer;
import static org.kolo.quizzes.QuizFixtures.newLearner;
import static org.kolo.quizzes.QuizFixtures.quiz;
import static org.kolo.quizzes.QuizFixtures.rightAnswer;
import static org.kolo.quizzes.QuizFixtures.start;
import static org.kolo.quizzes.QuizFixtures.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

@QuarkusTest
class AttemptsApiTest extends org.kolo.content.WithOwnContent {

    private static final String AFTER = AttemptsCourse.QUIZ;

    @Inject
    EntityManager entityManager;

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return AttemptsCourse.write(temp);
    }

    @Test
    void an_attempt_starts_once_resumes_after_that_and_shows_no_correct_answer_before_submitting() {
        String learner = newLearner("almaty");
        String id = start(learner, AFTER)
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("state", equalTo("in-progress"))
                .body("questions", hasSize(12))
                .body("secondsLeft", lessThanOrEqualTo(1200))
                .extract()
                .path("id");
        start(learner, AFTER).then().statusCode(200).body("id", equalTo(id));

        String body = given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .asString();
        assertFalse(body.contains("correct") || body.contains("review") || body.contains("rightAnswer"), body);
    }

    @Test
    void every_answer_is_saved_and_the_result_comes_once_however_often_it_is_submitted() throws Exception {
        String learner = newLearner("almaty");
        String id = start(learner, AFTER).then().extract().path("id");
        Question phone = quiz(AFTER).question(AttemptsCourse.PHONE).orElseThrow();
        answer(learner, id, AttemptsCourse.PHONE, Map.of("option", "wipe"))
                .then()
                .statusCode(200)
                .body("review", nullValue());
        answer(learner, id, AttemptsCourse.PHONE, rightAnswer(phone)).then().statusCode(200);

        ExecutorService phones = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Float>> taps = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(
                        () -> submit(learner, id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Float>path("result.percent"),
                        phones))
                .toList();
        float first = taps.get(0).get();
        taps.forEach(tap -> assertEquals(first, tap.join()));
        phones.shutdown();
        assertEquals(8.33f, first);
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .body("state", equalTo("submitted"))
                .body("questions.find { it.id == 'phone' }.review.correct", equalTo(true))
                .body("questions.find { it.id == 'phone' }.review.explanation", notNullValue());
        assertEquals(
                1L,
                count("select count(*) from quiz_attempt where account_id = (select account_id from "
                        + "quiz_attempt where id = '" + id + "')"));
        assertEquals(1L, count("select count(*) from quiz_answer where attempt_id = '" + id + "'"));
    }

    @Test
    void an_answer_racing_the_submit_is_either_graded_or_refused_never_saved_after_grading() throws Exception {
        ExecutorService phones = Executors.newFixedThreadPool(13);
        try {
            for (int round = 0; round < 3; round++) {
                String learner = newLearner("almaty");
                String id = start(learner, AFTER).then().extract().path("id");
                List<String> questions = given().auth()
                        .oauth2(Tokens.of(learner))
                        .get("/api/attempts/" + id)
                        .then()
                        .extract()
                        .path("questions.id");
                List<Future<Integer>> answers = new ArrayList<>();
                for (String question : questions) {
                    Answer right = rightAnswer(quiz(AFTER).question(question).orElseThrow());
                    answers.add(phones.submit(() -> {
                        var response = answer(learner, id, question, right);
                        if (response.statusCode() != 200) {
                            refused(response, 409, "attempt-submitted");
                        }
                        return response.statusCode();
                    }));
                }
                Future<Integer> submitted =
                        phones.submit(() -> submit(learner, id).statusCode());
                assertEquals(200, submitted.get());
                long acknowledged = 0;
                for (Future<Integer> answer : answers) {
                    acknowledged += answer.get() == 200 ? 1 : 0;
                }
                assertEquals(acknowledged, count("select count(*) from quiz_answer where attempt_id = '" + id + "'"));
                assertEquals(
                        0L,
                        count("select count(*) from quiz_answer where score is null and attempt_id = '" + id + "'"));
            }
        } finally {
            phones.shutdownNow();
        }
    }

    @Test
    void refused_answers_are_precise_problems_and_change_nothing() {
        String learner = newLearner("almaty");
        String id = start(learner, AFTER).then().extract().path("id");
        answer(learner, id, AttemptsCourse.PHONE, Map.of("option", "calm"))
                .then()
                .statusCode(200);

        refused(answer(learner, id, AttemptsCourse.PHONE, Map.of("option", "nonsense")), 422, "unknown-option");
        refused(answer(learner, id, AttemptsCourse.PHONE, Map.of("value", true)), 422, "wrong-answer-type");
        refused(
                answer(learner, id, AttemptsCourse.PHONE, Map.of("option", "calm", "text", "cat")),
                422,
                "wrong-answer-type");
        refused(answer(learner, id, "no-such-question", Map.of("option", "calm")), 422, "question-not-in-attempt");
        answer(learner, id, AttemptsCourse.PHONE, "{\"value\": \"perhaps\"}")
                .then()
                .statusCode(400);
        answer(learner, id, AttemptsCourse.PHONE, "{\"option\": ").then().statusCode(400);

        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .body("questions.find { it.id == 'phone' }.answer.option", equalTo("calm"));
        submit(learner, id).then().statusCode(200);
        refused(answer(learner, id, AttemptsCourse.PHONE, Map.of("option", "wipe")), 409, "attempt-submitted");
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .body("questions.find { it.id == 'phone' }.answer.option", equalTo("calm"));
    }

    @Test
    void another_persons_attempt_does_not_exist_for_you() {
        String owner = newLearner("almaty");
        String id = start(owner, AFTER).then().extract().path("id");
        String other = org.kolo.testing.Staff.trainer("almaty");
        given().auth()
                .oauth2(Tokens.of(other))
                .get("/api/attempts/" + id)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        answer(other, id, AttemptsCourse.PHONE, Map.of("option", "calm")).then().statusCode(404);
        submit(other, id).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.of(other))
                .get("/api/attempts/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of(other))
                .get("/api/attempts/not-a-uuid")
                .then()
                .statusCode(404);
        given().get("/api/attempts/" + id).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of(owner))
                .get("/api/attempts/" + id)
                .then()
                .statusCode(200)
                .body("questions.answer", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("questions.answer", everyItem(nullValue()));
    }

    @Test
    void attempts_stop_at_the_limit() {
        String learner = newLearner("almaty");
        String before = AttemptsCourse.ONCE;
        String id = start(learner, before).then().statusCode(201).extract().path("id");
        submit(learner, id).then().statusCode(200).body("result.percent", equalTo(0.0f));
        refused(start(learner, before), 409, "no-attempts-left");
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/quizzes/" + before)
                .then()
                .body("attemptsUsed", equalTo(1))
                .body("standing.attemptsLeft", equalTo(0));
    }

    @Test
    void the_time_limit_is_enforced_on_the_server() {
        String learner = newLearner("almaty");
        String id = start(learner, AFTER).then().extract().path("id");
        answer(
                        learner,
                        id,
                        AttemptsCourse.PHONE,
                        rightAnswer(quiz(AFTER).question(AttemptsCourse.PHONE).orElseThrow()))
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update quiz_attempt set deadline = now() - interval '1 second' where id = cast(?1 as uuid)")
                        .setParameter(1, id)
                        .executeUpdate());

        refused(answer(learner, id, AttemptsCourse.DISCLOSED, Map.of("value", false)), 409, "time-up");
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .body("state", equalTo("submitted"))
                .body("result.percent", equalTo(8.33f))
                .body("questions.find { it.id == 'disclosed' }.answer", nullValue());
    }

    @Test
    void with_feedback_after_each_question_an_answer_is_final_and_reviewed_at_once() {
        String learner = newLearner("almaty");
        String quizId = AttemptsCourse.EACH;
        String id = start(learner, quizId)
                .then()
                .statusCode(201)
                .body("questions", hasSize(5))
                .extract()
                .path("id");
        String first = given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + id)
                .then()
                .extract()
                .path("questions[0].id");
        Question question = quiz(quizId).question(first).orElseThrow();
        answer(learner, id, first, rightAnswer(question)).then().statusCode(200).body("review.correct", equalTo(true));
        refused(answer(learner, id, first, rightAnswer(question)), 409, "answer-final");
    }

    private static void refused(io.restassured.response.Response response, int status, String code) {
        response.then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:kolo:problem:" + code))
                .body("detail", not(equalTo("")));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
