package org.kolo.media;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** An address naming a media item that cannot exist is simply not found: never a database error. */
@QuarkusTest
class MediaIdsTest {

    @Test
    void ids_with_nul_bytes_unicode_or_excess_length_are_not_found_for_anyone() {
        String trainer = LocalServices.keycloak().createUser("trainer-ids-" + System.nanoTime(), "kyiv", "trainer");
        for (String id : new String[] {"%00", "a%00b", "%E2%80%AEabc", "x".repeat(300), "ABC"}) {
            given().urlEncodingEnabled(false)
                    .redirects()
                    .follow(false)
                    .get("/media/" + id + "/original")
                    .then()
                    .statusCode(404);
            given().urlEncodingEnabled(false)
                    .auth()
                    .oauth2(Tokens.of(trainer))
                    .get("/api/media/" + id)
                    .then()
                    .statusCode(404);
        }
    }
}
