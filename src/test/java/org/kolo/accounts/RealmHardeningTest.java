package org.kolo.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.TestKeycloak;
import org.kolo.testing.Tokens;

/**
 * The realm as Keycloak imported it from keycloak/kolo-realm.json: a password someone took from a woman gets no token
 * through Keycloak's own command-line client, no account holds a token that outlives her sign-out, and weak or
 * absurdly long passwords are refused.
 */
@QuarkusTest
class RealmHardeningTest {

    private static TestKeycloak keycloak() {
        return LocalServices.keycloak();
    }

    @Test
    void admin_cli_gives_no_token_for_a_password() {
        String nickname = keycloak().createActivist("cli-" + System.nanoTime(), "almaty");
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", nickname)
                .formParam("password", Tokens.DEMO_PASSWORD)
                .when()
                .post(keycloak().realmUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unauthorized_client"))
                .body("$", not(hasKey("access_token")));
    }

    @Test
    void a_new_account_holds_no_offline_access() {
        String nickname = keycloak().createActivist("offline-" + System.nanoTime(), "almaty");
        List<String> roles = keycloak().effectiveRealmRoles(nickname);
        assertTrue(roles.contains("activist"), "the default role still gives her the activist role: " + roles);
        assertFalse(roles.contains("offline_access"), "no offline tokens: " + roles);
    }

    @Test
    void listed_passwords_are_refused_whatever_their_case() {
        String nickname = keycloak().createActivist("weak-" + System.nanoTime(), "almaty");
        assertEquals(400, keycloak().resetPassword(nickname, "1q2w3e4r5t6y"));
        assertEquals(400, keycloak().resetPassword(nickname, "ЙЦУКЕНГШЩЗ"));
        assertEquals(400, keycloak().resetPassword(nickname, "Qwertyuiop"));
        assertEquals(204, keycloak().resetPassword(nickname, "river-under-old-bridge-7"));
    }

    @Test
    void a_password_longer_than_128_characters_is_refused() {
        String nickname = keycloak().createActivist("long-" + System.nanoTime(), "almaty");
        assertEquals(400, keycloak().resetPassword(nickname, "x7-".repeat(43)));
        assertEquals(204, keycloak().resetPassword(nickname, "x7-".repeat(42)));
    }
}
