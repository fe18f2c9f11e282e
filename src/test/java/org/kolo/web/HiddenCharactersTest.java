package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/**
 * A NUL, a control character, a bidi override or a zero-width character inside a JSON string is refused with a
 * translated 400 that names the field, never a database error; nothing is saved, and the clean value then goes in.
 */
@QuarkusTest
class HiddenCharactersTest {

    private static final Map<String, String> SAYS =
            Map.of("ru", "невидимые", "uk", "невидимі", "kk", "көрінбейтін", "en", "invisible");
    private static final String[] HIDDEN = {"\u0000", "\u0007", "\u202E", "\u2066", "\u200B", "\uFEFF"};

    @Test
    void hidden_characters_in_a_title_are_refused_in_every_language_and_nothing_is_saved() {
        String trainer = LocalServices.keycloak().createUser("trainer-hidden-" + System.nanoTime(), "kyiv", "trainer");
        String id = "hidden-" + System.nanoTime();
        for (String hidden : HIDDEN) {
            for (Map.Entry<String, String> language : SAYS.entrySet()) {
                given().auth()
                        .oauth2(Tokens.of(trainer))
                        .header("Accept-Language", language.getKey())
                        .contentType("application/json")
                        .body(Map.of(
                                "id",
                                id,
                                "titles",
                                Map.of("ru", "Видео" + hidden + "cmd.exe"),
                                "language",
                                "ru",
                                "fileName",
                                "a.pdf",
                                "size",
                                100))
                        .when()
                        .post("/api/media")
                        .then()
                        .statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("detail", containsString("titles.ru"))
                        .body("detail", containsString(language.getValue()));
            }
            given().auth()
                    .oauth2(Tokens.of(trainer))
                    .get("/api/media/" + id)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(Tokens.of(trainer))
                .contentType("application/json")
                .body(Map.of(
                        "id",
                        id,
                        "titles",
                        Map.of("ru", "Видео", "kk", "Бейне"),
                        "language",
                        "ru",
                        "fileName",
                        "a.pdf",
                        "size",
                        100))
                .when()
                .post("/api/media")
                .then()
                .statusCode(201);
        given().auth().oauth2(Tokens.of(trainer)).get("/api/media/" + id).then().statusCode(200);
    }

    @Test
    void a_nul_in_any_json_string_is_a_400_that_names_the_field() {
        String trainer = LocalServices.keycloak().createUser("trainer-nul-" + System.nanoTime(), "kyiv", "trainer");
        given().auth()
                .oauth2(Tokens.of(trainer))
                .header("Accept-Language", "en")
                .contentType("application/json")
                .body("{\"titles\":{\"ru\":\"a\"},\"language\":\"r\\u0000u\",\"fileName\":\"a.pdf\",\"size\":1}")
                .when()
                .post("/api/media")
                .then()
                .statusCode(400)
                .body("detail", containsString("“language”"))
                .body("detail", containsString("invisible"));
    }

    @Test
    void line_breaks_and_tabs_are_ordinary_text() {
        assert VisibleText.isVisible("Строка\nвторая\tстрока\r\n");
        assert !VisibleText.isVisible("a\u202Eb");
    }
}
