package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kolo.testing.Tokens;

/** Uploads through the API as a trainer the tests made, chunk by chunk as the upload page does. */
final class MediaFixtures {

    /** A trainer in Kyiv who reads Ukrainian, made once for the media tests (never a shared demo account). */
    static final String TRAINER = org.kolo.testing.LocalServices.keycloak()
            .createUser(
                    "media-trainer-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                    java.util.List.of("kyiv"),
                    "trainer",
                    java.util.Map.of("locale", "uk"));

    private MediaFixtures() {}

    /** A PDF-looking file: the magic bytes and then random ones. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    static Response start(String id, String fileName, long size) {
        return start(TRAINER, id, fileName, size);
    }

    static Response start(String uploader, String id, String fileName, long size) {
        return given().auth()
                .oauth2(Tokens.of(uploader))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "id",
                        id,
                        "titles",
                        Map.of("ru", "Памятка", "kk", "Жадынама"),
                        "language",
                        "ru",
                        "fileName",
                        fileName,
                        "size",
                        size))
                .post("/api/media");
    }

    static Response chunk(String uploadId, long offset, byte[] bytes) {
        return chunk(TRAINER, uploadId, offset, bytes);
    }

    static Response chunk(String uploader, String uploadId, long offset, byte[] bytes) {
        return given().auth()
                .oauth2(Tokens.of(uploader))
                .contentType("application/octet-stream")
                .body(bytes)
                .put("/api/media/uploads/" + uploadId + "?offset=" + offset);
    }

    /** Uploads the whole file in the chunks the server asks for; returns the last answer. */
    static Response upload(String id, String fileName, byte[] file) {
        return upload(TRAINER, id, fileName, file);
    }

    static Response upload(String uploader, String id, String fileName, byte[] file) {
        Map<String, Object> progress = start(uploader, id, fileName, file.length)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
        Response last = null;
        long offset = 0;
        int chunk = ((Number) progress.get("chunkBytes")).intValue();
        while (offset < file.length) {
            int end = (int) Math.min(offset + chunk, file.length);
            last = chunk(
                    uploader, (String) progress.get("uploadId"), offset, Arrays.copyOfRange(file, (int) offset, end));
            if (last.statusCode() != 200) {
                return last;
            }
            offset = end;
        }
        return last;
    }

    /** ffmpeg is needed: on CI (env CI=true) its absence fails the test, elsewhere the test is skipped. */
    static void requireFfmpeg(Ffmpeg ffmpeg) {
        if (!ffmpeg.isAvailable() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("ffmpeg and ffprobe must be installed on CI");
        }
        assumeTrue(ffmpeg.isAvailable(), "ffmpeg is not installed");
    }

    /** Each file's state, by variant, as the item's uploader sees them. */
    static Map<String, String> states(String id) {
        List<Map<String, Object>> files = given().auth()
                .oauth2(Tokens.of(TRAINER))
                .get("/api/media/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("files");
        return files.stream().collect(Collectors.toMap(f -> (String) f.get("variant"), f -> (String) f.get("state")));
    }

    /** Polls the item's file states until they satisfy the condition, for at most two minutes. */
    static Map<String, String> awaitStates(String id, Predicate<Map<String, String>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, String> states = states(id);
        while (!done.test(states) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            states = states(id);
        }
        return states;
    }
}
