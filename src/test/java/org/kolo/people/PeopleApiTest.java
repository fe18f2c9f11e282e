package org.kolo.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kolo.audit.AuditEntry;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Staff;
import org.kolo.testing.Tokens;

/** Staff make accounts through the API: in their scope only, all or nothing, with the login slip's data once. */
@QuarkusTest
class PeopleApiTest {

    private static final String PASSWORD =
            "[" + OneTimePasswords.ALPHABET + "]{4}(-[" + OneTimePasswords.ALPHABET + "]{4}){2}";

    @Inject
    KeycloakPeople keycloakPeople;

    @Test
    void a_trainer_makes_an_activist_in_her_city_who_must_choose_her_own_password() {
        String trainer = Staff.trainer("kyiv");
        String nickname = fresh("Sonya");
        Response made = create(trainer, Map.of("nickname", nickname, "city", "kyiv", "language", "uk"));
        made.then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("nickname", equalTo(nickname.toLowerCase()))
                .body("city", equalTo("kyiv"))
                .body("cityName", equalTo("Київ"))
                .body("language", equalTo("uk"))
                .body("role", equalTo("activist"))
                .body("oneTimePassword", matchesPattern(PASSWORD))
                .body("loginUrl", equalTo(LocalServices.koloUrl() + "/language/uk?back=/my"));

        String id = made.path("accountId");
        JsonNode account =
                LocalServices.keycloak().usersNamed(nickname.toLowerCase()).get(0);
        assertEquals(id, account.get("id").asText());
        assertTrue(account.get("enabled").asBoolean());
        assertEquals(List.of("UPDATE_PASSWORD"), texts(account.get("requiredActions")));
        assertEquals(
                List.of("kyiv"),
                LocalServices.keycloak().attributes(nickname.toLowerCase()).get("city"));
        assertEquals(
                List.of("uk"),
                LocalServices.keycloak().attributes(nickname.toLowerCase()).get("locale"));
        List<JsonNode> credentials = LocalServices.keycloak().credentials(nickname.toLowerCase());
        assertEquals(1, credentials.size(), "only the one-time password, no code yet");
        assertEquals("password", credentials.get(0).get("type").asText());
        assertEquals(
                List.of("activist"),
                LocalServices.keycloak().effectiveRealmRoles(nickname.toLowerCase()).stream()
                        .filter(List.of("activist", "trainer", "coordinator", "admin", "staff")::contains)
                        .toList());

        List<AuditEntry> audit = AuditEntry.list("subjectId", id);
        assertEquals(1, audit.size(), "one audit row for the new account");
        AuditEntry entry = audit.get(0);
        assertEquals("account-created", entry.action);
        assertEquals(trainer, entry.actorNickname);
        assertEquals(nickname.toLowerCase(), entry.subjectNickname);
        assertEquals("kyiv", entry.city);
        assertEquals("activist", entry.detail);
        String password1 = made.path("oneTimePassword");
        for (String column : new String[] {entry.actorNickname, entry.subjectNickname, entry.detail, entry.action}) {
            assertFalse(column.contains(password1), "the audit log never holds the password");
        }
    }

    @Test
    void an_admin_makes_staff_who_set_up_a_one_time_code_at_first_login() {
        String nickname = fresh("trainer");
        create(Staff.admin(), Map.of("nickname", nickname, "city", "odesa", "language", "ru", "role", "trainer"))
                .then()
                .statusCode(201)
                .body("role", equalTo("trainer"));
        JsonNode account = LocalServices.keycloak().usersNamed(nickname).get(0);
        assertEquals(
                java.util.Set.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"),
                java.util.Set.copyOf(texts(account.get("requiredActions"))));
        assertTrue(LocalServices.keycloak().effectiveRealmRoles(nickname).containsAll(List.of("trainer", "staff")));
    }

    @Test
    void refusals_are_translated_and_make_no_account() {
        String trainer = Staff.trainer("kyiv");
        String elsewhere = fresh("elsewhere");
        refused(trainer, Map.of("nickname", elsewhere, "city", "almaty"), 403, "city-out-of-scope", "kk")
                .body("detail", equalTo("Сіз бұл қаланың адамдарымен жұмыс істемейсіз."));
        String staffer = fresh("staffer");
        refused(trainer, Map.of("nickname", staffer, "city", "kyiv", "role", "trainer"), 403, "role-not-allowed", "uk")
                .body("detail", startsWith("Ви не можете надати цю роль"));
        String coordinated = fresh("coordinated");
        refused(
                Staff.coordinator("kyiv", "odesa"),
                Map.of("nickname", coordinated, "city", "odesa", "role", "coordinator"),
                403,
                "role-not-allowed",
                "ru");
        refused(trainer, Map.of("nickname", "a b", "city", "kyiv"), 400, "nickname-invalid", "en");
        refused(trainer, Map.of("nickname", fresh("nowhere"), "city", "atlantis"), 400, "city-unknown", "en");
        refused(
                trainer,
                Map.of("nickname", fresh("tongue"), "city", "kyiv", "language", "fr"),
                400,
                "language-unknown",
                "en");
        for (String never : List.of(elsewhere, staffer, coordinated)) {
            assertEquals(List.of(), LocalServices.keycloak().usersNamed(never), never + " was not made");
        }
        create(
                        LocalServices.keycloak().createActivist(fresh("learner"), "kyiv"),
                        Map.of("nickname", fresh("learner"), "city", "kyiv"))
                .then()
                .statusCode(403);
    }

    @Test
    void a_taken_nickname_is_a_conflict_and_the_first_account_is_untouched() {
        String trainer = Staff.trainer("kyiv");
        String nickname = fresh("taken");
        String first = create(trainer, Map.of("nickname", nickname, "city", "kyiv", "language", "ru"))
                .then()
                .statusCode(201)
                .extract()
                .path("accountId");
        refused(
                        trainer,
                        Map.of("nickname", nickname.toUpperCase(), "city", "kyiv", "language", "kk"),
                        409,
                        "nickname-taken",
                        "en")
                .body("detail", equalTo("This nickname is taken; choose another."));
        List<JsonNode> named = LocalServices.keycloak().usersNamed(nickname);
        assertEquals(1, named.size());
        assertEquals(first, named.get(0).get("id").asText());
        assertEquals(
                List.of("ru"), LocalServices.keycloak().attributes(nickname).get("locale"));
    }

    @Test
    void an_account_whose_role_cannot_be_given_is_removed_again() {
        KeycloakPeople real = io.quarkus.arc.ClientProxy.unwrap(keycloakPeople);
        // The real Keycloak makes and removes the account; only giving the role fails, as when Keycloak goes away.
        KeycloakPeople failing = new KeycloakPeople() {
            @Override
            boolean isTaken(String nickname) {
                return real.isTaken(nickname);
            }

            @Override
            String create(NewAccount account) {
                return real.create(account);
            }

            @Override
            void grant(String accountId, String role) {
                throw new org.kolo.web.RefusedRequest(503, "identity-unavailable");
            }

            @Override
            void delete(String accountId) {
                real.delete(accountId);
            }
        };
        QuarkusMock.installMockForType(failing, KeycloakPeople.class);
        String nickname = fresh("halfway");
        refused(
                Staff.admin(),
                Map.of("nickname", nickname, "city", "kyiv", "role", "coordinator"),
                503,
                "identity-unavailable",
                "ru");
        assertEquals(List.of(), LocalServices.keycloak().usersNamed(nickname), "the half-made account is gone");
        assertEquals(0, AuditEntry.count("subjectNickname", nickname), "and nothing was audited for it");
    }

    @Test
    void staff_find_people_in_their_own_cities_only() {
        String admin = Staff.admin();
        String inKyiv = fresh("kyiv-find");
        String inAlmaty = fresh("almaty-find");
        create(admin, Map.of("nickname", inKyiv, "city", "kyiv")).then().statusCode(201);
        create(admin, Map.of("nickname", inAlmaty, "city", "almaty")).then().statusCode(201);
        String trainer = Staff.trainer("kyiv");
        find(trainer, Map.of("q", "-find-"))
                .then()
                .statusCode(200)
                .body("nickname", hasItem(inKyiv))
                .body("nickname", not(hasItem(inAlmaty)));
        find(admin, Map.of("q", "-find-"))
                .then()
                .statusCode(200)
                .body("nickname", hasItem(inKyiv))
                .body("nickname", hasItem(inAlmaty))
                .body("find { it.nickname == '" + inAlmaty + "' }.roles", equalTo(List.of("activist")))
                .body("find { it.nickname == '" + inAlmaty + "' }.cities", equalTo(List.of("almaty")));
        find(trainer, Map.of()).then().statusCode(200).body("nickname", hasItem(inKyiv));
        find(trainer, Map.of("city", "almaty"))
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:kolo:problem:city-out-of-scope"));
    }

    private static String fresh(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(String caller, Map<String, String> body) {
        return given().auth()
                .oauth2(Tokens.of(caller))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/people");
    }

    private static io.restassured.response.ValidatableResponse refused(
            String caller, Map<String, String> body, int status, String code, String language) {
        return given().auth()
                .oauth2(Tokens.of(caller))
                .header("Accept-Language", language)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/people")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kolo:problem:" + code));
    }

    private static Response find(String caller, Map<String, String> query) {
        return given().auth().oauth2(Tokens.of(caller)).queryParams(query).get("/api/people");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
