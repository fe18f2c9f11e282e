package org.kolo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real S3 server for the tests: S3Proxy with a filesystem backend, run as its own process, or an existing
 * S3-compatible server (MinIO, say) named by KOLO_TEST_S3_ENDPOINT, KOLO_TEST_S3_ACCESS_KEY, KOLO_TEST_S3_SECRET_KEY.
 */
final class TestObjectStorage {

    private static final String ACCESS_KEY = "kolo-test";
    private static final String SECRET_KEY = "kolo-test-secret";

    private ServiceProcess process;

    Map<String, String> start(Path servicesDirectory) {
        String external = System.getenv("KOLO_TEST_S3_ENDPOINT");
        if (external != null && !external.isBlank()) {
            return config(external, System.getenv("KOLO_TEST_S3_ACCESS_KEY"), System.getenv("KOLO_TEST_S3_SECRET_KEY"));
        }
        int port = FreePort.find();
        String endpoint = "http://127.0.0.1:" + port;
        Path properties = writeProperties(endpoint);
        process = ServiceProcess.start(
                "s3proxy",
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        servicesDirectory.resolve("s3proxy.jar").toString(),
                        "--properties",
                        properties.toString()),
                Map.of(),
                Path.of("target").toAbsolutePath());
        process.awaitHttp(endpoint + "/", status -> status > 0, Duration.ofSeconds(60));
        return config(endpoint, ACCESS_KEY, SECRET_KEY);
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private static Map<String, String> config(String endpoint, String accessKey, String secretKey) {
        return Map.of(
                "kolo.storage.endpoint", endpoint,
                "kolo.storage.access-key", accessKey,
                "kolo.storage.secret-key", secretKey,
                "kolo.storage.bucket", "kolo-test",
                "kolo.storage.part-size", String.valueOf(5L * 1024 * 1024));
    }

    private static Path writeProperties(String endpoint) {
        try {
            Path objects =
                    Files.createDirectories(Path.of("target", "test-objects").toAbsolutePath());
            Path file = Path.of("target", "s3proxy.properties").toAbsolutePath();
            Files.writeString(
                    file,
                    String.join(
                            "\n",
                            "s3proxy.endpoint=" + endpoint,
                            "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.identity=" + ACCESS_KEY,
                            "s3proxy.credential=" + SECRET_KEY,
                            "jclouds.provider=filesystem",
                            "jclouds.filesystem.basedir=" + objects,
                            ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
