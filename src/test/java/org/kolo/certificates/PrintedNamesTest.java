package org.kolo.certificates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Tokens;

/** The name printed on certificates is what she chose, shown to anyone who checks it: never her login name. */
@QuarkusTest
class PrintedNamesTest {

    @Test
    void until_she_chooses_a_name_her_next_certificates_carry_a_neutral_placeholder() {
        String learner = QuizFixtures.newLearner("almaty");
        given().auth()
                .oauth2(Tokens.of(learner))
                .header("Accept-Language", "uk")
                .get("/api/certificates/holder")
                .then()
                .statusCode(200)
                .body("name", equalTo("Учасниця програми"));
    }

    @Test
    void names_with_hidden_direction_or_zero_width_characters_are_refused_and_the_saved_name_is_kept() {
        String learner = QuizFixtures.newLearner("almaty");
        holder(learner, "Айгүл").then().statusCode(200);
        holder(learner, "Ай\u202Eгүл").then().statusCode(400).body("detail", containsString("name"));
        holder(learner, "Ай\u200Bгүл").then().statusCode(400).body("detail", containsString("name"));
        holder(learner, "Ай\u0000гүл").then().statusCode(400).body("detail", containsString("name"));
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/certificates/holder")
                .then()
                .body("name", equalTo("Айгүл"));
    }

    private static io.restassured.response.Response holder(String learner, String name) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("name", name))
                .put("/api/certificates/holder");
    }
}
