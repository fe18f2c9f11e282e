package org.kolo.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Against the real S3 server the tests start. */
@QuarkusTest
class ObjectStorageTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Inject
    ObjectStorage storage;

    @Test
    void five_megabyte_object_round_trips_with_ranges_and_is_deleted() throws IOException {
        byte[] content = randomBytes(FIVE_MB + 1234);
        String key = "test/" + UUID.randomUUID();

        storage.put(key, new ByteArrayInputStream(content), content.length, "application/octet-stream");

        StoredObject stored = storage.stat(key).orElseThrow();
        assertEquals(content.length, stored.size());
        try (InputStream range = storage.getRange(key, 4_000_000, 1000)) {
            assertArrayEquals(Arrays.copyOfRange(content, 4_000_000, 4_001_000), range.readAllBytes());
        }
        try (InputStream whole = storage.get(key)) {
            assertArrayEquals(content, whole.readAllBytes());
        }

        storage.delete(key);
        assertTrue(storage.stat(key).isEmpty());
    }

    @Test
    void presigned_url_lets_a_browser_fetch_a_range_without_kolo() throws Exception {
        byte[] content = randomBytes(64 * 1024);
        String key = "test/" + UUID.randomUUID();
        storage.put(key, new ByteArrayInputStream(content), content.length, "video/mp4");

        String url = storage.presignedGet(key, Duration.ofMinutes(5));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Range", "bytes=100-199")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(206, response.statusCode());
        assertArrayEquals(Arrays.copyOfRange(content, 100, 200), response.body());
        storage.delete(key);
    }

    @Test
    void missing_object_has_no_metadata_and_deleting_it_is_harmless() {
        String key = "test/missing-" + UUID.randomUUID();
        assertTrue(storage.stat(key).isEmpty());
        storage.delete(key);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
