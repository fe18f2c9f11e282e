package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.kolo.media.MediaFixtures.pdf;
import static org.kolo.media.MediaFixtures.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

/** With {@code KOLO_MEDIA_DELIVERY=proxy}, Kolo itself answers byte ranges over HTTP: 206, the right bytes, 416. */
@QuarkusTest
@TestProfile(ProxyDeliveryTest.ProxyMode.class)
class ProxyDeliveryTest {

    public static class ProxyMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kolo.media.delivery", "proxy");
        }
    }

    @Test
    void a_range_gets_206_with_its_bytes_the_end_gets_416_and_no_range_gets_the_whole_file() {
        String id = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = pdf(300_000);
        upload(id, "p.pdf", file).then().statusCode(200);
        String address = "/media/" + id + "/original";

        byte[] part = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .header("Range", "bytes=100-199")
                .redirects()
                .follow(false)
                .get(address)
                .then()
                .statusCode(206)
                .header("Content-Range", equalTo("bytes 100-199/300000"))
                .header("Accept-Ranges", equalTo("bytes"))
                .extract()
                .asByteArray();
        assertArrayEquals(Arrays.copyOfRange(file, 100, 200), part);

        byte[] tail = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .header("Range", "bytes=-10")
                .get(address)
                .then()
                .statusCode(206)
                .header("Content-Range", equalTo("bytes 299990-299999/300000"))
                .extract()
                .asByteArray();
        assertArrayEquals(Arrays.copyOfRange(file, 299_990, 300_000), tail);

        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .header("Range", "bytes=300000-")
                .get(address)
                .then()
                .statusCode(416)
                .header("Content-Range", equalTo("bytes */300000"));

        byte[] whole = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .redirects()
                .follow(false)
                .get(address)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(file, whole);
    }
}
