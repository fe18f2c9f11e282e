package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;
import org.kolo.web.Language;
import org.kolo.web.Messages;

/**
 * Uploaded files are an attacker's input: ffmpeg reads them only in the background job, only as the type their first
 * bytes showed, and refuses pictures and lengths over the caps (the tests run with 1280×720 and one minute).
 */
@QuarkusTest
class UntrustedMediaTest {

    @Inject
    Ffmpeg ffmpeg;

    @Inject
    Messages messages;

    @Inject
    Scheduler scheduler;

    @Test
    void an_id3_tag_in_front_of_an_hls_playlist_never_makes_ffmpeg_read_the_local_file_it_names() throws Exception {
        MediaFixtures.requireFfmpeg(ffmpeg);
        Path secret = Path.of("target", "secret-" + UUID.randomUUID() + ".ts").toAbsolutePath();
        make(
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=320x240:rate=25:duration=2",
                "-f",
                "lavfi",
                "-i",
                "sine=duration=2",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                "-f",
                "mpegts",
                secret.toString());
        // FileType sees an MP3 (an ID3 tag); ffmpeg left to guess skips the tag and reads an HLS playlist.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
        file.write(("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:2.0,\n"
                        + "file:" + secret + "\n#EXT-X-ENDLIST\n")
                .getBytes(StandardCharsets.US_ASCII));
        String id = "playlist-" + UUID.randomUUID().toString().substring(0, 8);
        MediaFixtures.upload(id, "song.mp3", file.toByteArray()).then().statusCode(200);

        assertRefused(id, Set.of("original", "audio"));
    }

    @Test
    void the_upload_request_never_runs_ffprobe_and_the_item_is_processing_until_the_job_read_it() throws Exception {
        MediaFixtures.requireFfmpeg(ffmpeg);
        byte[] video = video(640, 480, 3);
        String id = "queued-" + UUID.randomUUID().toString().substring(0, 8);
        scheduler.pause();
        try {
            awaitNoJobRunning();
            MediaFixtures.upload(id, "clip.mp4", video).then().statusCode(200);
            JsonPath item = item(id);
            assertNull(item.get("durationSeconds"), "the request did not read the file");
            assertEquals(
                    Map.of("original", "processing", "360p", "queued", "audio", "queued", "poster", "queued"),
                    MediaFixtures.states(id));
            given().auth()
                    .oauth2(Tokens.of(MediaFixtures.TRAINER))
                    .redirects()
                    .follow(false)
                    .get("/media/" + id + "/original")
                    .then()
                    .statusCode(404);
        } finally {
            scheduler.resume();
        }
        MediaFixtures.awaitStates(id, states -> "ready".equals(states.get("original")));
        assertEquals(3, (Integer) item(id).get("durationSeconds"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .redirects()
                .follow(false)
                .get("/media/" + id + "/original")
                .then()
                .statusCode(303);
    }

    @Test
    void a_video_over_the_picture_cap_is_refused_by_the_job_with_the_generic_reason() throws Exception {
        MediaFixtures.requireFfmpeg(ffmpeg);
        String id = "wide-" + UUID.randomUUID().toString().substring(0, 8);
        MediaFixtures.upload(id, "wide.mp4", video(1296, 720, 1)).then().statusCode(200);

        assertRefused(id, Set.of("original", "360p", "audio", "poster"));
    }

    @Test
    void a_recording_over_the_length_cap_is_refused_by_the_job_with_the_generic_reason() throws Exception {
        MediaFixtures.requireFfmpeg(ffmpeg);
        Path wav = Files.createTempFile("kolo-test", ".wav");
        make("-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "61", "-c:a", "pcm_u8", wav.toString());
        String id = "long-" + UUID.randomUUID().toString().substring(0, 8);
        MediaFixtures.upload(id, "long.wav", Files.readAllBytes(wav)).then().statusCode(200);

        assertRefused(id, Set.of("original", "audio"));
    }

    /** Every file failed with the generic, translated reason; nothing was made and the original is not served. */
    private void assertRefused(String id, Set<String> variants) throws InterruptedException {
        Map<String, String> states = MediaFixtures.awaitStates(
                id, s -> s.values().stream().noneMatch(state -> state.equals("queued") || state.equals("processing")));
        assertEquals(variants.stream().collect(Collectors.toMap(v -> v, v -> "failed")), states);
        Set<String> generic = Language.all().stream()
                .map(language -> messages.format(language, "media.reason.unprocessable"))
                .collect(Collectors.toSet());
        JsonPath item = item(id);
        List<Map<String, Object>> files = item.getList("files");
        for (Map<String, Object> file : files) {
            assertTrue(generic.contains((String) file.get("reason")), "generic reason, got " + file.get("reason"));
            if (!"original".equals(file.get("variant"))) {
                assertNull(file.get("sizeBytes"), "no " + file.get("variant") + " was made");
            }
        }
        assertNull(item.get("durationSeconds"));
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .redirects()
                .follow(false)
                .get("/media/" + id + "/original")
                .then()
                .statusCode(404);
    }

    private static JsonPath item(String id) {
        return given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** With the scheduler paused, waits until no job is running or due, so none can pick up the new upload. */
    private static void awaitNoJobRunning() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)
                && QuarkusTransaction.requiringNew()
                                .call(() -> MediaFile.count(
                                        "variant <> 'original' and (state = 'processing' or (state = 'queued' and runAfter <= ?1))",
                                        Instant.now()))
                        > 0) {
            Thread.sleep(250);
        }
    }

    private static byte[] video(int width, int height, int seconds) throws Exception {
        Path video = Files.createTempFile("kolo-test", ".mp4");
        make(
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=" + width + "x" + height + ":rate=25:duration=" + seconds,
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=" + seconds,
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                video.toString());
        return Files.readAllBytes(video);
    }

    private static void make(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-y", "-nostdin", "-loglevel", "error"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
    }
}
