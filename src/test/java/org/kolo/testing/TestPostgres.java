package org.kolo.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: embedded binaries (works as root), or an existing server named by
 * KOLO_TEST_DB_URL, KOLO_TEST_DB_USER and KOLO_TEST_DB_PASSWORD.
 */
public final class TestPostgres {

    private final String externalUrl = System.getenv("KOLO_TEST_DB_URL");
    private final Path dataDirectory = Path.of("target", "test-postgres").toAbsolutePath();
    private int port;
    private EmbeddedPostgres server;

    Map<String, String> start() {
        if (isExternal()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", externalUrl,
                    "quarkus.datasource.username", System.getenv().getOrDefault("KOLO_TEST_DB_USER", "kolo"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("KOLO_TEST_DB_PASSWORD", "kolo"));
        }
        port = FreePort.find();
        deleteData();
        startEmbedded();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** True when the tests use a server they did not start and so must not stop. */
    public boolean isExternal() {
        return externalUrl != null && !externalUrl.isBlank();
    }

    /** Stops the server, keeping its data, as an outage would. */
    public void stop() {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port with the same data. */
    public void restart() {
        startEmbedded();
    }

    // Zonky deletes a data directory it cleaned itself when it stops; a restart must find the data again.
    private void deleteData() {
        try (var files = java.nio.file.Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        } catch (java.nio.file.NoSuchFileException absent) {
            // first run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startEmbedded() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", "postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", "postgres.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
