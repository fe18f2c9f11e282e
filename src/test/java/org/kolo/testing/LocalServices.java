package org.kolo.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the real services every test runs against: PostgreSQL, an S3 server and Keycloak, in parallel,
 * once for the whole test run. Environment variables can point the tests at existing servers instead.
 * A test with its own {@code @TestProfile} restarts Kolo, not these: they stop when the test JVM ends.
 */
public class LocalServices implements QuarkusTestResourceLifecycleManager {

    private static final TestPostgres DATABASE = new TestPostgres();
    private static final TestObjectStorage STORAGE = new TestObjectStorage();
    private static final TestKeycloak KEYCLOAK = new TestKeycloak();
    private static String kolo;
    private static String management;
    private static Map<String, String> started;

    @Override
    public synchronized Map<String, String> start() {
        if (started == null) {
            started = Map.copyOf(startAll());
            Runtime.getRuntime().addShutdownHook(new Thread(LocalServices::stopAll, "local-services-stop"));
        }
        return started;
    }

    private static Map<String, String> startAll() {
        Path services = Path.of(System.getProperty("kolo.services.dir", "target/services"))
                .toAbsolutePath();
        int port = FreePort.find();
        kolo = "http://127.0.0.1:" + port;
        var keycloak = CompletableFuture.supplyAsync(() -> KEYCLOAK.start(services, port));
        var storage = CompletableFuture.supplyAsync(() -> STORAGE.start(services));
        Map<String, String> config = new HashMap<>(DATABASE.start());
        config.putAll(storage.join());
        config.putAll(keycloak.join());
        config.put("quarkus.http.test-port", String.valueOf(port));
        management = "http://127.0.0.1:" + FreePort.find();
        config.put("quarkus.management.test-port", management.substring(management.lastIndexOf(':') + 1));
        config.put("kolo.public-url", kolo);
        config.put(
                "kolo.certificates.template-dir", CertificateTemplateCopy.make().toString());
        return config;
    }

    @Override
    public void stop() {
        // Kept running for the next profile; the shutdown hook stops them.
    }

    private static void stopAll() {
        KEYCLOAK.stop();
        STORAGE.stop();
        DATABASE.stop();
    }

    public static TestPostgres database() {
        return DATABASE;
    }

    public static TestKeycloak keycloak() {
        return KEYCLOAK;
    }

    /** Kolo's management interface (health, metrics, OpenAPI) in the tests. */
    public static String managementUrl() {
        return management;
    }

    /** Kolo's own address in the tests. */
    public static String koloUrl() {
        return kolo;
    }
}
