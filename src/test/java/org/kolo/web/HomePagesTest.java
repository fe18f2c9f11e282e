package org.kolo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class HomePagesTest {

    @ParameterizedTest
    @CsvSource({
        "ru, Kolo: изучайте свои права безопасно, Быстрый выход",
        "uk, Kolo: безпечно вивчайте свої права, Швидкий вихід",
        "kk, Kolo: өз құқықтарыңызды қауіпсіз үйреніңіз, Жылдам шығу",
        "en, 'Kolo: learn your rights, safely', Quick exit"
    })
    void home_page_speaks_each_language_chosen_by_cookie(String language, String title, String quickExit) {
        given().cookie("kolo-lang", language)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Language", language)
                .body(containsString("<html lang=\"" + language + "\">"))
                .body(containsString(title))
                .body(containsString(quickExit))
                .body(containsString("href=\"/exit\""));
    }

    @Test
    void kazakh_page_shows_every_kazakh_letter() {
        String page = given().cookie("kolo-lang", "kk").get("/").asString();
        for (String letter : new String[] {"Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"}) {
            assertTrue(page.contains(letter), "missing " + letter);
        }
    }

    @Test
    void browser_language_is_used_when_nothing_was_chosen() {
        given().header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5")
                .get("/")
                .then()
                .body(containsString("<html lang=\"uk\">"));
    }

    @Test
    void russian_is_the_default() {
        given().header("Accept-Language", "de-DE").get("/").then().body(containsString("<html lang=\"ru\">"));
    }

    @Test
    void plural_follows_the_language_rules() {
        given().cookie("kolo-lang", "ru").get("/").then().body(containsString("Курсы доступны на 3 языках"));
        given().cookie("kolo-lang", "kk").get("/").then().body(containsString("Курстар 3 тілде"));
    }

    @Test
    void choosing_a_language_is_remembered_and_returns_to_the_page() {
        given().redirects()
                .follow(false)
                .when()
                .get("/language/kk?back=/me")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/me"))
                .cookie("kolo-lang", "kk");
    }

    @Test
    void every_page_offers_the_four_languages() {
        given().get("/no-such-page")
                .then()
                .body(containsString("href=\"/language/kk?back=/no-such-page\""))
                .body(containsString("Українська"));
    }

    @Test
    void language_link_never_redirects_to_another_site() {
        given().redirects()
                .follow(false)
                .when()
                .get("/language/en?back=//evil.example/")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void unknown_language_changes_nothing() {
        var cookies = given().redirects()
                .follow(false)
                .when()
                .get("/language/xx?back=/")
                .then()
                .statusCode(303)
                .extract()
                .cookies();
        assertFalse(cookies.containsKey("kolo-lang"), cookies.toString());
    }

    @Test
    void home_page_with_all_it_loads_stays_within_the_15_kb_budget() {
        org.kolo.testing.PageWeight weight = org.kolo.testing.PageWeight.of("/", "kk");
        assertTrue(
                weight.assets().stream().anyMatch(a -> a.startsWith("/static/kolo.css")),
                "the scan finds the page's assets: " + weight);
        assertTrue(weight.compressedBytes() <= 15 * 1024, "home page and " + weight.assets() + ": " + weight);
    }

    @Test
    void home_page_loads_nothing_from_other_sites() {
        String page = given().get("/").asString();
        assertTrue(!page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "third-party asset in the page");
        assertTrue(!page.contains("<script>"), "inline script in the page");
        assertTrue(!page.contains("style=\""), "inline style in the page");
    }

    @Test
    void quick_exit_works_without_javascript() {
        given().redirects()
                .follow(false)
                .get("/exit")
                .then()
                .statusCode(303)
                .header(
                        "Location",
                        equalTo(ConfigProvider.getConfig().getValue("kolo.web.quick-exit-url", String.class)))
                .header("Clear-Site-Data", containsString("cache"));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
