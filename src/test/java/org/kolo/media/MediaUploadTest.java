package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kolo.media.MediaFixtures.chunk;
import static org.kolo.media.MediaFixtures.pdf;
import static org.kolo.media.MediaFixtures.start;
import static org.kolo.media.MediaFixtures.upload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/** Uploads and downloads against the real S3 server the tests start. */
@QuarkusTest
class MediaUploadTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    ObjectStorage storage;

    @Inject
    MediaStreaming streaming;

    @Test
    void a_file_uploaded_in_chunks_comes_back_byte_for_byte_through_a_short_lived_address() throws Exception {
        String id = "handout-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = pdf(2_500_000);
        upload(id, "../../etc/Памятка <b>.pdf", file).then().statusCode(200).body("complete", equalTo(true));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("document"))
                .body("originalName", equalTo("Памятка <b>.pdf"))
                .body("files[0].state", equalTo("ready"));

        String location = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .redirects()
                .follow(false)
                .get("/media/" + id + "/original")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        HttpResponse<byte[]> stored = HTTP.send(
                HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, stored.statusCode());
        assertArrayEquals(file, stored.body());
        // A download comes named after the title, in the reader's language (the test trainer reads Ukrainian).
        byte[] downloaded = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/media/" + id + "/original?download=1")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%9F%D0%B0%D0%BC"))
                .extract()
                .asByteArray();
        assertArrayEquals(file, downloaded);

        // Byte ranges work at the storage: seeking costs Kolo nothing.
        HttpResponse<byte[]> part = HTTP.send(
                HttpRequest.newBuilder(URI.create(location))
                        .header("Range", "bytes=1000-1999")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 1000, 2000), part.body());
    }

    @Test
    void the_streaming_used_for_downloads_answers_ranges_with_206_and_416_past_the_end() throws Exception {
        String id = "proxy-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = pdf(300_000);
        upload(id, "p.pdf", file).then().statusCode(200);
        MediaFile original = QuarkusTransaction.requiringNew()
                .call(() -> MediaFile.findById(new MediaFile.Key(id, MediaFile.ORIGINAL)));
        var partial = streaming.response(original, "bytes=100-199", null);
        assertEquals(206, partial.getStatus());
        assertEquals("bytes 100-199/300000", partial.getHeaderString("Content-Range"));
        var out = new java.io.ByteArrayOutputStream();
        ((jakarta.ws.rs.core.StreamingOutput) partial.getEntity()).write(out);
        assertArrayEquals(Arrays.copyOfRange(file, 100, 200), out.toByteArray());
        var tail = streaming.response(original, "bytes=-10", null);
        assertEquals("bytes 299990-299999/300000", tail.getHeaderString("Content-Range"));
        var beyond = streaming.response(original, "bytes=300000-", null);
        assertEquals(416, beyond.getStatus());
        assertEquals("bytes */300000", beyond.getHeaderString("Content-Range"));
        assertEquals(200, streaming.response(original, null, null).getStatus());
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_by_its_content() {
        byte[] notVideo = "MZ this is a program, not a video".getBytes();
        String uploadId = start("fake-" + UUID.randomUUID().toString().substring(0, 8), "film.mp4", notVideo.length)
                .then()
                .statusCode(201)
                .extract()
                .path("uploadId");
        chunk(uploadId, 0, notVideo)
                .then()
                .statusCode(415)
                .body("type", equalTo("urn:kolo:problem:media-type-refused"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/uploads/" + uploadId)
                .then()
                .statusCode(404);
        // The upload page's script asks for JSON and gets the refusal as problem+json too, to show its text.
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .accept(ContentType.JSON)
                .get("/media/library/uploads/" + uploadId)
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_before_any_byte_is_sent() {
        start("huge-" + UUID.randomUUID().toString().substring(0, 8), "huge.mp4", 3_000_000_000L)
                .then()
                .statusCode(413)
                .body("type", equalTo("urn:kolo:problem:media-too-large"));
    }

    @Test
    void an_interrupted_upload_resumes_from_where_the_server_stands() {
        String id = "resume-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = pdf(1_500_000);
        String uploadId =
                start(id, "r.pdf", file.length).then().statusCode(201).extract().path("uploadId");
        chunk(uploadId, 0, Arrays.copyOfRange(file, 0, 1_000_000)).then().statusCode(200);
        // A repeated chunk (the answer was lost) is refused with where to go on from; nothing is counted twice.
        chunk(uploadId, 0, Arrays.copyOfRange(file, 0, 1_000_000))
                .then()
                .statusCode(409)
                .body("detail", containsString("1000000"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/uploads/" + uploadId)
                .then()
                .body("received", equalTo(1_000_000));
        chunk(uploadId, 1_000_000, Arrays.copyOfRange(file, 1_000_000, file.length))
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
    }

    @Test
    void an_empty_chunk_is_refused_and_the_upload_goes_on_where_it_stood() {
        String id = "empty-chunk-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = pdf(1_500_000);
        String uploadId =
                start(id, "e.pdf", file.length).then().statusCode(201).extract().path("uploadId");
        chunk(uploadId, 0, new byte[0])
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:kolo:problem:media-chunk-empty"));
        chunk(uploadId, 0, Arrays.copyOfRange(file, 0, 1_000_000)).then().statusCode(200);
        chunk(uploadId, 1_000_000, new byte[0]).then().statusCode(422);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/uploads/" + uploadId)
                .then()
                .statusCode(200)
                .body("received", equalTo(1_000_000));
        chunk(uploadId, 1_000_000, Arrays.copyOfRange(file, 1_000_000, file.length))
                .then()
                .statusCode(200)
                .body("complete", equalTo(true));
    }

    @Test
    void members_only_media_needs_a_login_and_its_addresses_expire() throws Exception {
        String id = "private-" + UUID.randomUUID().toString().substring(0, 8);
        upload(id, "x.pdf", pdf(20_000)).then().statusCode(200);
        // A browser without a session is sent to log in, never to the file.
        given().redirects()
                .follow(false)
                .get("/media/" + id + "/original")
                .then()
                .statusCode(302)
                .header("Location", containsString("/realms/kolo/"));
        MediaFile original = QuarkusTransaction.requiringNew()
                .call(() -> MediaFile.findById(new MediaFile.Key(id, MediaFile.ORIGINAL)));
        String shortLived = storage.presignedGet(original.objectKey, Duration.ofSeconds(1));
        HttpRequest fetch = HttpRequest.newBuilder(URI.create(shortLived)).build();
        assertEquals(
                200, HTTP.send(fetch, HttpResponse.BodyHandlers.discarding()).statusCode(), "valid at first");
        // The storage keeps the time, not Kolo: ask again until the second has passed, for at most 15 seconds.
        Instant deadline = Instant.now().plusSeconds(15);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50); // between polls only
            status = HTTP.send(fetch, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        assertEquals(403, status, "refused once its second has passed");
    }

    @Test
    void media_a_lesson_uses_is_not_deleted_and_the_lessons_are_named() {
        String id = "used-" + UUID.randomUUID().toString().substring(0, 8);
        upload(id, "u.pdf", pdf(10_000)).then().statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> MediaItem.getEntityManager()
                        .createNativeQuery(
                                "insert into media_usage (media_id, lesson_id) values (?1, 'human-rights-basics')")
                        .setParameter(1, id)
                        .executeUpdate());
        String coordinator =
                LocalServices.keycloak().createUser("coordinator-used-" + System.nanoTime(), "kyiv", "coordinator");
        given().auth()
                .oauth2(Tokens.of(coordinator))
                .delete("/api/media/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:kolo:problem:media-in-use"))
                .body("detail", containsString("human-rights-basics"));
        QuarkusTransaction.requiringNew()
                .run(() -> MediaItem.getEntityManager()
                        .createNativeQuery("delete from media_usage where media_id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .delete("/api/media/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void subtitles_with_an_error_are_refused_by_line_and_good_ones_are_served() {
        String id = "subs-" + UUID.randomUUID().toString().substring(0, 8);
        upload(id, "s.pdf", pdf(10_000)).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .contentType("text/vtt; charset=utf-8")
                .header("Accept-Language", "kk")
                .body("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nСәлем\n\n00:00:04,000 --> 00:00:05.000\nҚош\n")
                .put("/api/media/" + id + "/subtitles/kk")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:kolo:problem:subtitles-invalid"))
                .body("detail", containsString("рядок 6"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .contentType("text/vtt; charset=utf-8")
                .body("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nСәлем, құрбым\n")
                .put("/api/media/" + id + "/subtitles/kk")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/media/" + id + "/subtitles/kk.vtt")
                .then()
                .statusCode(200)
                .contentType(containsString("text/vtt"))
                .body(containsString("құрбым"));
        given().auth()
                .oauth2(Tokens.of(org.kolo.quizzes.QuizFixtures.newLearner("almaty")))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/media")
                .then()
                .statusCode(403);
    }
}
