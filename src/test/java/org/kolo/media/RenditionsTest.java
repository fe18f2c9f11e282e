package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

/** The background jobs make a playable 360p video, a sound-only file and a poster (CI installs ffmpeg). */
@QuarkusTest
class RenditionsTest {

    @Inject
    Ffmpeg ffmpeg;

    @Test
    void an_uploaded_video_gets_a_360p_and_a_sound_only_version_that_play() throws Exception {
        MediaFixtures.requireFfmpeg(ffmpeg);
        Path video = Files.createTempFile("kolo-test", ".mp4");
        run(
                "ffmpeg",
                "-y",
                "-loglevel",
                "error",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=640x480:rate=25:duration=3",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=3",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                video.toString());
        String id = "video-" + UUID.randomUUID().toString().substring(0, 8);
        MediaFixtures.upload(id, "test.mp4", Files.readAllBytes(video)).then().statusCode(200);

        Map<String, String> states = MediaFixtures.awaitStates(id, RenditionsTest::allReady);
        assertEquals(Map.of("original", "ready", "360p", "ready", "audio", "ready", "poster", "ready"), states);
        given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .get("/api/media/" + id)
                .then()
                .body("durationSeconds", org.hamcrest.Matchers.equalTo(3));

        Path light = download(id, "360p", ".mp4");
        assertEquals("360", probe(light, "v:0", "height"));
        assertEquals("aac", probe(light, "a:0", "codec_name"));
        Path sound = download(id, "audio", ".m4a");
        assertEquals("aac", probe(sound, "a:0", "codec_name"));
        assertEquals("", probe(sound, "v", "codec_name"), "the sound-only file has no picture");
        assertTrue(Files.size(sound) < Files.size(light));
    }

    private static boolean allReady(Map<String, String> states) {
        return states.size() == 4 && states.values().stream().allMatch(s -> s.equals("ready") || s.equals("failed"));
    }

    private static Path download(String id, String variant, String suffix) throws Exception {
        String location = given().auth()
                .oauth2(Tokens.of(MediaFixtures.TRAINER))
                .redirects()
                .follow(false)
                .get("/media/" + id + "/" + variant)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        Path file = Files.createTempFile("kolo-test", suffix);
        HttpResponse<Path> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofFile(file));
        assertEquals(200, response.statusCode());
        return file;
    }

    private static String probe(Path file, String stream, String entry) throws Exception {
        return run(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        stream,
                        "-show_entries",
                        "stream=" + entry,
                        "-of",
                        "csv=p=0",
                        file.toString())
                .strip();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
