package org.kolo.reach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** Accounts carry the city's code, so a person joins her city's row, target and translated name. */
@QuarkusTest
class CityCodesTest {

    @Inject
    DataSource dataSource;

    @Test
    void the_demo_coordinator_sees_tbilisi_by_its_name_in_four_languages_on_her_page() {
        Map<String, String> names = Map.of("ru", "Тбилиси", "uk", "Тбілісі", "kk", "Тбилиси", "en", "Tbilisi");
        names.forEach((language, name) -> given().auth()
                .oauth2(Tokens.of("demo-coordinator"))
                .cookie("kolo-lang", language)
                .get("/me")
                .then()
                .statusCode(200)
                .body(containsString("<dd class=\"city\">" + name + "</dd>")));
        given().auth()
                .oauth2(Tokens.of("demo-coordinator"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("city", equalTo("tbilisi"))
                .body("cities", contains("tbilisi"));
    }

    @Test
    void a_learners_progress_is_counted_under_her_citys_code_which_the_city_table_knows() {
        String learner = LocalServices.keycloak().createActivist("city-code-" + suffix(), "astana");
        given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body("{\"done\": true}")
                .put("/api/me/progress/human-rights-basics")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("demo-admin"))
                .get("/api/courses/know-your-rights/progress-by-city")
                .then()
                .statusCode(200)
                .body("city", hasItem("astana"))
                .body("city", not(hasItem("Astana")));
        City astana = QuarkusTransaction.requiringNew().call(() -> City.<City>findById("astana"));
        assertNotNull(astana, "the row's city is a code of the city table");
        assertTrue(astana.target > 0);
    }

    @Test
    void a_coordinator_of_two_cities_sees_both_by_name_and_reaches_both_in_reports() {
        String coordinator = LocalServices.keycloak()
                .createUser("two-cities-" + suffix(), List.of("almaty", "astana"), "coordinator", Map.of());
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .cookie("kolo-lang", "kk")
                .get("/me")
                .then()
                .statusCode(200)
                .body(containsString("<dd class=\"city\">Алматы, Астана</dd>"));
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .get("/api/courses/know-your-rights/test-report")
                .then()
                .statusCode(200)
                .body("cities", contains("almaty", "astana"));
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .queryParam("city", "astana")
                .get("/api/courses/know-your-rights/test-report")
                .then()
                .statusCode(200)
                .body("cities", contains("astana"));
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .queryParam("city", "kyiv")
                .get("/api/courses/know-your-rights/test-report")
                .then()
                .statusCode(200)
                .body("cities", contains("almaty", "astana"));
    }

    @Test
    void accounts_made_with_a_city_name_get_its_code_from_the_operators_step_and_keep_everything_else() {
        String activist = LocalServices.keycloak()
                .createUser("legacy-" + suffix(), List.of("Алматы"), "activist", Map.of("locale", "kk"));
        String coordinator = LocalServices.keycloak()
                .createUser("legacy-two-" + suffix(), List.of("Tbilisi", "Київ"), "coordinator", Map.of());
        LocalServices.keycloak().runAfterImport();
        Map<String, List<String>> attributes = LocalServices.keycloak().attributes(activist);
        assertEquals(List.of("almaty"), attributes.get("city"));
        assertEquals(List.of("kk"), attributes.get("locale"));
        assertEquals(
                List.of("tbilisi", "kyiv"),
                LocalServices.keycloak().attributes(coordinator).get("city"));
    }

    @Test
    void records_counted_under_a_city_name_get_its_code_from_the_migration_and_others_stay() throws Exception {
        String named = "legacy-" + suffix();
        String unknown = "legacy-" + suffix();
        try (Connection connection = dataSource.getConnection()) {
            insertAttempt(connection, named, "  Тбілісі ");
            insertAttempt(connection, unknown, "Atlantis");
            try (Statement migration = connection.createStatement()) {
                migration.execute(Files.readString(Path.of("src/main/resources/db/migration/V10__City_codes.sql")));
            }
            assertEquals("tbilisi", cityOf(connection, named));
            assertEquals("Atlantis", cityOf(connection, unknown), "a value that names no city is left to be fixed");
        }
    }

    private static void insertAttempt(Connection connection, String account, String city) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into quiz_attempt (id, quiz_id, "
                + "quiz_version, account_id, number, city, layout, started_at) "
                + "values (?, 'know-your-rights-before', 1, ?, 1, ?, '[]', now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, account);
            insert.setString(3, city);
            insert.executeUpdate();
        }
    }

    private static String cityOf(Connection connection, String account) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select city from quiz_attempt where account_id = ?")) {
            query.setString(1, account);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                String city = row.getString(1);
                assertFalse(row.next());
                return city;
            }
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
