package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Tokens;

/** The data saver is each person's own choice: off until she turns it on, kept, and bad input changes nothing. */
@QuarkusTest
class MediaPreferencesTest {

    @Test
    void the_data_saver_is_off_at_first_kept_once_on_and_only_for_her() {
        String her = QuizFixtures.newLearner("almaty");
        String another = QuizFixtures.newLearner("almaty");
        preference(her).body("dataSaver", equalTo(false));
        set(her, "{\"dataSaver\": true}").then().statusCode(200).body("dataSaver", equalTo(true));
        preference(her).body("dataSaver", equalTo(true));
        preference(another).body("dataSaver", equalTo(false));
        set(her, "{\"dataSaver\": false}").then().statusCode(200);
        preference(her).body("dataSaver", equalTo(false));
    }

    @Test
    void a_broken_choice_is_refused_and_the_saved_one_stays() {
        String her = QuizFixtures.newLearner("almaty");
        set(her, "{\"dataSaver\": true}").then().statusCode(200);
        set(her, "{\"dataSaver\": \"maybe\"").then().statusCode(400);
        set(her, "").then().statusCode(400);
        preference(her).body("dataSaver", equalTo(true));
    }

    @Test
    void nobody_signed_out_has_a_preference() {
        given().redirects().follow(false).get("/media/preferences").then().statusCode(302);
    }

    private static io.restassured.response.ValidatableResponse preference(String learner) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .get("/media/preferences")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response set(String learner, String body) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/media/preferences");
    }
}
