package org.kolo.quizzes;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kolo.content.ContentReader;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** Quizzes as the content folder defines them, fresh learners, and their right (or wrong) answers. */
public final class QuizFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Quiz> QUIZZES =
            new java.util.concurrent.ConcurrentHashMap<>(ContentReader.read(Path.of("content")).courses().stream()
                    .flatMap(c -> c.quizzes().stream())
                    .collect(Collectors.toMap(Quiz::id, Function.identity())));

    private QuizFixtures() {}

    /** Knows the quizzes of a test's own content folder too, to answer them right or wrong. */
    public static void know(Path content) {
        ContentReader.read(content).courses().stream()
                .flatMap(c -> c.quizzes().stream())
                .forEach(quiz -> QUIZZES.put(quiz.id(), quiz));
    }

    static Quiz quiz(String id) {
        return QUIZZES.get(id);
    }

    /** A new activist with no attempts yet. */
    public static String newLearner(String city) {
        return LocalServices.keycloak()
                .createActivist("learner-" + UUID.randomUUID().toString().substring(0, 8), city);
    }

    static Response start(String learner, String quizId) {
        // JSON, since a body-less POST would go out as a form, and forms need a CSRF token.
        return given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + quizId + "/attempts");
    }

    static Response answer(String learner, String attemptId, String questionId, Object body) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body(json(body))
                .put("/api/attempts/" + attemptId + "/answers/" + questionId);
    }

    static Response submit(String learner, String attemptId) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .post("/api/attempts/" + attemptId + "/submit");
    }

    /** Answers every question the attempt asks, right or all wrong, and submits. Returns the percent. */
    public static float takeAndSubmit(String learner, String quizId, boolean right) {
        String attempt = start(learner, quizId).then().extract().path("id");
        java.util.List<String> asked = given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/attempts/" + attempt)
                .then()
                .extract()
                .path("questions.id");
        for (String questionId : asked) {
            Question question = quiz(quizId).question(questionId).orElseThrow();
            answer(learner, attempt, questionId, right ? rightAnswer(question) : wrongAnswer(question))
                    .then()
                    .statusCode(200);
        }
        return submit(learner, attempt).then().statusCode(200).extract().path("result.percent");
    }

    static Answer rightAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE ->
                new Answer(
                        q.options().stream()
                                .filter(Question.Option::correct)
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        null,
                        null,
                        null,
                        null,
                        null);
            case MULTIPLE ->
                new Answer(
                        null,
                        q.options().stream()
                                .filter(Question.Option::correct)
                                .map(Question.Option::id)
                                .toList(),
                        null,
                        null,
                        null,
                        null);
            case TRUE_FALSE -> new Answer(null, null, q.answer(), null, null, null);
            case MATCHING ->
                new Answer(
                        null,
                        null,
                        null,
                        q.pairs().stream().collect(Collectors.toMap(Question.Pair::id, Question.Pair::id)),
                        null,
                        null);
            case ORDERING ->
                new Answer(
                        null,
                        null,
                        null,
                        null,
                        q.items().stream().map(Question.Item::id).toList(),
                        null);
            case SHORT ->
                new Answer(
                        null,
                        null,
                        null,
                        null,
                        null,
                        q.accepted().get("kk").get(0).toUpperCase());
        };
    }

    static Answer wrongAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE ->
                new Answer(
                        q.options().stream()
                                .filter(o -> !o.correct())
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        null,
                        null,
                        null,
                        null,
                        null);
            case MULTIPLE ->
                new Answer(
                        null,
                        q.options().stream()
                                .filter(o -> !o.correct())
                                .map(Question.Option::id)
                                .toList(),
                        null,
                        null,
                        null,
                        null);
            case TRUE_FALSE -> new Answer(null, null, !q.answer(), null, null, null);
            case MATCHING ->
                new Answer(
                        null,
                        null,
                        null,
                        Map.of(
                                q.pairs().get(0).id(),
                                q.pairs().get(1).id(),
                                q.pairs().get(1).id(),
                                q.pairs().get(0).id()),
                        null,
                        null);
            case ORDERING -> {
                java.util.List<String> reversed = new java.util.ArrayList<>(
                        q.items().stream().map(Question.Item::id).toList());
                java.util.Collections.reverse(reversed);
                yield new Answer(null, null, null, null, reversed, null);
            }
            case SHORT -> new Answer(null, null, null, null, null, "не знаю");
        };
    }

    static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
