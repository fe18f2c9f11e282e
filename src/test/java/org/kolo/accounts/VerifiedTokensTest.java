package org.kolo.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** An API token Kolo has verified once is remembered for exactly that token: never for another or an altered one. */
@QuarkusTest
class VerifiedTokensTest {

    @Test
    void a_remembered_token_stays_its_owners_and_an_altered_copy_is_refused() {
        String one = LocalServices.keycloak().createActivist("token-one-" + System.nanoTime(), "almaty");
        String other = LocalServices.keycloak().createActivist("token-other-" + System.nanoTime(), "kyiv");
        String token = Tokens.of(one);
        for (int i = 0; i < 3; i++) {
            me(token).then().statusCode(200).body("nickname", equalTo(one));
            me(Tokens.of(other)).then().statusCode(200).body("nickname", equalTo(other));
        }
        // The same claims with one character of the signature changed: verified anew, and refused.
        char last = token.charAt(token.length() - 2);
        String altered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        me(altered).then().statusCode(401);
        String truncated = token.substring(0, token.lastIndexOf('.') + 1);
        me(truncated).then().statusCode(401);
        me(token).then().statusCode(200).body("nickname", equalTo(one));
    }

    private static io.restassured.response.Response me(String token) {
        return given().auth().oauth2(token).get("/api/me");
    }
}
