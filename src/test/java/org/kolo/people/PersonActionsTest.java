package org.kolo.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kolo.audit.AuditEntry;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Staff;
import org.kolo.testing.Tokens;

/** Staff tools on an account: in scope, on activists only unless an admin, never on oneself, each one audited. */
@QuarkusTest
class PersonActionsTest {

    @jakarta.inject.Inject
    org.kolo.accounts.LastSeen lastSeen;

    @Test
    void the_day_she_last_signed_in_is_kept_as_a_date_only() {
        String woman = activist("kyiv");
        String id = LocalServices.keycloak().accountId(woman);
        assertEquals(java.util.Optional.empty(), lastSeen.of(id));
        given().auth().oauth2(Tokens.of(woman)).get("/api/me").then().statusCode(200);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        while (lastSeen.of(id).isEmpty() && java.time.Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertEquals(java.util.Optional.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC)), lastSeen.of(id));
    }

    @Test
    void a_trainer_gives_a_new_one_time_password_and_the_reset_is_audited_without_it() {
        String activist = activist("kyiv");
        String id = LocalServices.keycloak().accountId(activist);
        String password = given().auth()
                .oauth2(Tokens.of(Staff.trainer("kyiv")))
                .contentType(ContentType.JSON)
                .post("/api/people/" + id + "/password-reset")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("nickname", equalTo(activist))
                .body("oneTimePassword", matchesPattern("[" + OneTimePasswords.ALPHABET + "-]{14}"))
                .extract()
                .path("oneTimePassword");
        assertTrue(texts(LocalServices.keycloak().usersNamed(activist).get(0).get("requiredActions"))
                .contains("UPDATE_PASSWORD"));
        AuditEntry entry = only(id, "password-reset");
        assertFalse((entry.detail == null ? "" : entry.detail).contains(password));
        assertEquals("kyiv", entry.city);
    }

    @Test
    void a_trainer_disables_and_enables_an_activist_of_her_city() {
        String activist = activist("kyiv");
        String id = LocalServices.keycloak().accountId(activist);
        String trainer = Staff.trainer("kyiv");
        put(trainer, id, Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));
        assertFalse(LocalServices.keycloak()
                .usersNamed(activist)
                .get(0)
                .get("enabled")
                .asBoolean());
        put(trainer, id, Map.of("enabled", true)).statusCode(200).body("enabled", equalTo(true));
        only(id, "account-disabled");
        only(id, "account-enabled");
    }

    @Test
    void staff_move_a_woman_only_to_a_city_they_look_after_and_a_refused_change_changes_nothing() {
        String activist = activist("kyiv");
        String id = LocalServices.keycloak().accountId(activist);
        put(Staff.trainer("kyiv"), id, Map.of("enabled", false, "city", "almaty"))
                .statusCode(403)
                .body("type", equalTo("urn:kolo:problem:city-out-of-scope"));
        assertTrue(
                LocalServices.keycloak()
                        .usersNamed(activist)
                        .get(0)
                        .get("enabled")
                        .asBoolean(),
                "still enabled");
        assertEquals(
                List.of("kyiv"), LocalServices.keycloak().attributes(activist).get("city"));

        put(Staff.coordinator("kyiv", "odesa"), id, Map.of("city", "odesa"))
                .statusCode(200)
                .body("cities", equalTo(List.of("odesa")));
        assertEquals(
                List.of("odesa"), LocalServices.keycloak().attributes(activist).get("city"));
        assertEquals("odesa", only(id, "city-changed").detail);
        assertEquals(0, AuditEntry.count("subjectId = ?1 and action = 'account-disabled'", id));
    }

    @Test
    void only_admins_act_on_staff_and_nobody_on_herself() {
        String trainer = Staff.trainer("kyiv");
        String otherTrainer = LocalServices.keycloak().createUser("trainer-" + suffix(), "kyiv", "trainer");
        String otherId = LocalServices.keycloak().accountId(otherTrainer);
        given().auth()
                .oauth2(Tokens.of(trainer))
                .contentType(ContentType.JSON)
                .post("/api/people/" + otherId + "/password-reset")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:kolo:problem:person-is-staff"));
        given().auth()
                .oauth2(Tokens.of(trainer))
                .contentType(ContentType.JSON)
                .post("/api/people/" + LocalServices.keycloak().accountId(trainer) + "/sign-out")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:kolo:problem:not-yourself"));
        given().auth()
                .oauth2(Tokens.of(Staff.admin()))
                .contentType(ContentType.JSON)
                .post("/api/people/" + otherId + "/sign-out")
                .then()
                .statusCode(204);
        only(otherId, "sessions-ended");
    }

    @Test
    void an_admin_makes_a_coordinator_of_two_cities_and_takes_the_role_back() {
        String woman = activist("kyiv");
        String id = LocalServices.keycloak().accountId(woman);
        put(Staff.trainer("kyiv"), id, Map.of("roles", List.of("coordinator")))
                .statusCode(403)
                .body("type", equalTo("urn:kolo:problem:role-not-allowed"));
        String admin = Staff.admin();
        put(admin, id, Map.of("roles", List.of("coordinator"), "cities", List.of("kyiv", "odesa")))
                .statusCode(200)
                .body("roles", hasItem("coordinator"))
                .body("cities", equalTo(List.of("kyiv", "odesa")));
        assertTrue(LocalServices.keycloak().effectiveRealmRoles(woman).containsAll(List.of("coordinator", "staff")));
        assertEquals("coordinator", only(id, "role-granted").detail);
        assertEquals("kyiv,odesa", only(id, "coordinator-cities-changed").detail);
        put(admin, id, Map.of("roles", List.of())).statusCode(200).body("roles", not(hasItem("coordinator")));
        assertFalse(LocalServices.keycloak().effectiveRealmRoles(woman).contains("coordinator"));
        assertEquals("coordinator", only(id, "role-removed").detail);
        put(admin, id, Map.of("roles", List.of("queen"))).statusCode(400);
    }

    @Test
    void an_account_outside_her_cities_or_unknown_is_not_found() {
        String id = LocalServices.keycloak().accountId(activist("kyiv"));
        given().auth()
                .oauth2(Tokens.of(Staff.coordinator("tbilisi")))
                .contentType(ContentType.JSON)
                .post("/api/people/" + id + "/sign-out")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:kolo:problem:person-not-found"));
        put(Staff.admin(), UUID.randomUUID().toString(), Map.of("enabled", false))
                .statusCode(404);
        put(Staff.admin(), "not-an-id", Map.of("enabled", false)).statusCode(404);
    }

    @Test
    void an_apps_token_is_refused_within_seconds_of_her_account_being_disabled_or_her_sessions_ended() {
        String trainer = Staff.trainer("kyiv");
        String disabled = activist("kyiv");
        String disabledToken = Tokens.of(disabled);
        put(trainer, LocalServices.keycloak().accountId(disabled), Map.of("enabled", false))
                .statusCode(200);
        assertRefusedWithinSeconds(disabledToken);

        String signedOut = activist("kyiv");
        String signedOutToken = Tokens.of(signedOut);
        given().auth()
                .oauth2(Tokens.of(trainer))
                .contentType(ContentType.JSON)
                .post("/api/people/" + LocalServices.keycloak().accountId(signedOut) + "/sign-out")
                .then()
                .statusCode(204);
        assertRefusedWithinSeconds(signedOutToken);
    }

    private static void assertRefusedWithinSeconds(String token) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(5);
        int status = me(token);
        while (status == 200 && java.time.Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            status = me(token);
        }
        assertEquals(401, status, "five seconds later her token still works");
        assertEquals(401, me(token), "and it stays refused");
    }

    private static int me(String token) {
        return given().auth().oauth2(token).get("/api/me").statusCode();
    }

    private static String activist(String city) {
        return LocalServices.keycloak().createActivist("woman-" + suffix(), city);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse put(String caller, String id, Map<String, Object> change) {
        return given().auth()
                .oauth2(Tokens.of(caller))
                .contentType(ContentType.JSON)
                .body(change)
                .put("/api/people/" + id)
                .then();
    }

    private static AuditEntry only(String subjectId, String action) {
        List<AuditEntry> entries = AuditEntry.list("subjectId = ?1 and action = ?2", subjectId, action);
        assertEquals(1, entries.size(), action + " audited once");
        return entries.get(0);
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
