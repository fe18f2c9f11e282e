package org.kolo.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolo.content.ContentLoader;
import org.kolo.content.TestCountry;
import org.kolo.content.TestCourse;

/** Anyone reads a country's facts with their sources and the contacts of its cities, in her language. */
@QuarkusTest
class CountryPagesTest {

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @ParameterizedTest
    @CsvSource({
        "ru, Тестовая страна, Если преступление совершил полицейский, Факт police-crimes, Источник: Закон police-crimes, Тестовая организация, Киев",
        "uk, Тестова країна, Якщо злочин скоїв поліцейський, Факт police-crimes, Джерело: Закон police-crimes, Тестова організація, Київ",
        "kk, Сынақ елі, Қылмысты полиция қызметкері жасаса, Дерек police-crimes, Дереккөз: Заң police-crimes, Сынақ ұйымы, Киев",
        "en, Test country, If a police officer committed a crime, Fact police-crimes, Source: Law police-crimes, Test organisation, Kyiv"
    })
    void a_card_shows_each_fact_with_its_source_and_the_city_contacts(
            String lang, String country, String topic, String fact, String source, String contact, String city)
            throws Exception {
        load(TestCountry.KYIV);
        given().cookie("kolo-lang", lang)
                .get("/countries/ua")
                .then()
                .statusCode(200)
                .body(containsString("<h1>" + country + "</h1>"))
                .body(containsString(topic))
                .body(containsString(fact))
                .body(containsString(source))
                .body(containsString("<h3>" + city + "</h3>"))
                .body(containsString(contact))
                .body(containsString("+380 00 000 00 00"));
        given().cookie("kolo-lang", lang)
                .get("/countries")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/countries/ua\">" + country + "</a>"));
    }

    @Test
    void a_city_without_verified_contacts_says_to_ask_the_local_organisation_and_unknown_countries_are_404()
            throws Exception {
        load("city: kyiv\ncontacts: []\n");
        given().cookie("kolo-lang", "uk")
                .get("/countries/ua")
                .then()
                .statusCode(200)
                .body(containsString("Перевірених контактів поки немає"))
                .body(not(containsString("+380")));
        given().get("/countries/zz").then().statusCode(404);
    }

    @Test
    void cards_with_an_error_keep_the_previous_version() throws Exception {
        load(TestCountry.KYIV);
        Path content = temp.resolve("broken");
        copyWithout(content);
        TestCountry.write(
                content,
                TestCountry.card().replace("Факт police-crimes", "Новый факт +7 700 123 45 67"),
                TestCountry.KYIV);
        loader.load(content);
        given().cookie("kolo-lang", "ru")
                .get("/countries/ua")
                .then()
                .statusCode(200)
                .body(containsString("Факт police-crimes"))
                .body(not(containsString("Новый факт")));
    }

    private void load(String kyiv) throws Exception {
        Path content = temp.resolve("content");
        copyWithout(content);
        TestCountry.write(content, TestCountry.card(), kyiv);
        loader.load(content);
    }

    /** The shipped content without its cards, so that only the test's card is there. */
    private static void copyWithout(Path content) throws Exception {
        TestCourse.copyOf(Path.of("content"), content);
        for (String folder : new String[] {"countries", "cities"}) {
            Path dir = content.resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
