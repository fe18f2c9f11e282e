package org.kolo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Keycloak for the tests: the 26.x dist that Maven fetched, started in dev mode with the realm file
 * and the demo users imported as they are; or an existing server named by KOLO_TEST_KEYCLOAK_URL (with KOLO_TEST_KEYCLOAK_ADMIN and
 * KOLO_TEST_KEYCLOAK_ADMIN_PASSWORD) that already has the realm. The tests then let the kolo client accept
 * their redirect URI and, for getting tokens without a browser, the password grant.
 */
public final class TestKeycloak {

    static final String REALM = "kolo";
    static final String CLIENT = "kolo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private String baseUrl;
    private String adminUser;
    private String adminPassword;
    private ServiceProcess process;

    Map<String, String> start(Path servicesDirectory, int kolosPort) {
        String external = System.getenv("KOLO_TEST_KEYCLOAK_URL");
        adminUser = System.getenv().getOrDefault("KOLO_TEST_KEYCLOAK_ADMIN", "admin");
        adminPassword = System.getenv().getOrDefault("KOLO_TEST_KEYCLOAK_ADMIN_PASSWORD", "kolo-test-admin");
        if (external != null && !external.isBlank()) {
            baseUrl = external.replaceAll("/+$", "");
        } else {
            startDist(servicesDirectory);
        }
        String secret = prepareClient("http://127.0.0.1:" + kolosPort);
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl(),
                "quarkus.oidc.credentials.secret", secret,
                "quarkus.keycloak.admin-client.server-url", baseUrl);
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private Path home;

    public String realmUrl() {
        return baseUrl + "/realms/" + REALM;
    }

    private void startDist(Path servicesDirectory) {
        Path home = servicesDirectory.resolve("keycloak-" + System.getProperty("keycloak.version"));
        try {
            deleteRecursively(home.resolve("data"));
            Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(
                    Path.of(System.getProperty("kolo.realm.file")),
                    importDir.resolve("kolo-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(
                    Path.of(System.getProperty("kolo.demo-users.file")),
                    importDir.resolve("kolo-users-0.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path denyLists = Files.createDirectories(home.resolve("data").resolve("password-blacklists"));
            Path denyList = Path.of(System.getProperty("kolo.password-deny-list.file"));
            Files.copy(denyList, denyLists.resolve(denyList.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = FreePort.find();
        baseUrl = "http://127.0.0.1:" + port;
        process = ServiceProcess.start(
                "keycloak",
                List.of(
                        "bash",
                        home.resolve("bin").resolve("kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + FreePort.find(),
                        "--import-realm"),
                Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        adminUser,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        adminPassword,
                        "JAVA_OPTS_KC_HEAP",
                        "-Xms64m -Xmx768m"),
                home);
        process.awaitHttp(
                realmUrl() + "/.well-known/openid-configuration", status -> status == 200, Duration.ofMinutes(4));
        this.home = home;
        runAfterImport();
    }

    /** The operator's step after the import (keycloak/after-import.sh), run as an operator would run it. */
    public void runAfterImport() {
        if (home == null) {
            throw new IllegalStateException("keycloak/after-import.sh runs only against a Keycloak the tests started"
                    + " (KOLO_TEST_KEYCLOAK_URL is set)");
        }
        Path script = Path.of(System.getProperty("kolo.realm.file")).resolveSibling("after-import.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment()
                .putAll(Map.of(
                        "KEYCLOAK_URL",
                        baseUrl,
                        "KEYCLOAK_ADMIN",
                        adminUser,
                        "KEYCLOAK_ADMIN_PASSWORD",
                        adminPassword,
                        "KC_HOME",
                        home.toString()));
        try {
            Process run = builder.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (run.waitFor() != 0) {
                throw new IllegalStateException(script + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the client secret after pointing the client at the test's Kolo and allowing the password grant. */
    private String prepareClient(String kolo) {
        String token = adminToken();
        JsonNode client = get(token, "/admin/realms/" + REALM + "/clients?clientId=" + CLIENT)
                .get(0);
        String id = client.get("id").asText();
        ObjectNode update = (ObjectNode) client;
        update.put("directAccessGrantsEnabled", true);
        ArrayNode redirects = (ArrayNode) update.withArray("redirectUris");
        redirects.add(kolo + "/*");
        update.withObjectProperty("attributes").put("backchannel.logout.url", kolo + "/back-channel-logout");
        send(token, "PUT", "/admin/realms/" + REALM + "/clients/" + id, update);
        return get(token, "/admin/realms/" + REALM + "/clients/" + id + "/client-secret")
                .get("value")
                .asText();
    }

    /**
     * Turns the password grant of another client of the realm on or off: on, a test gets the token an attacker
     * would get from a realm whose operator allowed it; the shipped realm has it off.
     */
    public void setPasswordGrant(String clientId, boolean allowed) {
        String token = adminToken();
        ObjectNode client = (ObjectNode) get(token, "/admin/realms/" + REALM + "/clients?clientId=" + clientId)
                .get(0);
        client.put("directAccessGrantsEnabled", allowed);
        send(
                token,
                "PUT",
                "/admin/realms/" + REALM + "/clients/" + client.get("id").asText(),
                client);
    }

    /** Sets a new password as an admin would; Keycloak answers 400 when the realm's policy refuses it. */
    public int resetPassword(String nickname, String password) {
        String token = adminToken();
        ObjectNode credential = JSON.createObjectNode()
                .put("type", "password")
                .put("value", password)
                .put("temporary", false);
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        baseUrl + "/admin/realms/" + REALM + "/users/" + userId(token, nickname) + "/reset-password"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(credential.toString()))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new activist account in a city, with the demo password, so a test starts with a clean record. */
    public String createActivist(String nickname, String city) {
        return createUser(nickname, city, "activist");
    }

    /** A new account in a city with one realm role (activist, trainer, coordinator or admin), demo password. */
    public String createUser(String nickname, String city, String roleName) {
        return createUser(nickname, List.of(city), roleName, Map.of());
    }

    /** A new account with these cities (a coordinator may have several) and other attributes, demo password. */
    public String createUser(String nickname, List<String> cities, String roleName, Map<String, String> attributes) {
        String token = adminToken();
        ObjectNode user = JSON.createObjectNode().put("username", nickname).put("enabled", true);
        ObjectNode values = user.putObject("attributes");
        cities.forEach(values.putArray("city")::add);
        attributes.forEach((key, value) -> values.putArray(key).add(value));
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", Tokens.DEMO_PASSWORD)
                .put("temporary", false);
        send(token, "POST", "/admin/realms/" + REALM + "/users", user);
        String id = get(token, "/admin/realms/" + REALM + "/users?exact=true&username=" + nickname)
                .get(0)
                .get("id")
                .asText();
        JsonNode role = get(token, "/admin/realms/" + REALM + "/roles/" + roleName);
        send(
                token,
                "POST",
                "/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm",
                JSON.createArrayNode().add(role));
        return nickname;
    }

    /** Signs a person out of every session, as an admin does in Keycloak's console. */
    public void signOutEverywhere(String nickname) {
        String token = adminToken();
        send(
                token,
                "POST",
                "/admin/realms/" + REALM + "/users/" + userId(token, nickname) + "/logout",
                JSON.createObjectNode());
    }

    /** Disables an account, as an admin does in Keycloak's console. */
    public void disable(String nickname) {
        String token = adminToken();
        String id = userId(token, nickname);
        ObjectNode user = (ObjectNode) get(token, "/admin/realms/" + REALM + "/users/" + id);
        user.put("enabled", false);
        send(token, "PUT", "/admin/realms/" + REALM + "/users/" + id, user);
    }

    /** The realm roles a person holds, directly or through composites such as the default role. */
    public List<String> effectiveRealmRoles(String nickname) {
        String token = adminToken();
        List<String> names = new ArrayList<>();
        get(token, "/admin/realms/" + REALM + "/users/" + userId(token, nickname) + "/role-mappings/realm/composite")
                .forEach(role -> names.add(role.get("name").asText()));
        return names;
    }

    /** An account's attributes as Keycloak keeps them. */
    public Map<String, List<String>> attributes(String nickname) {
        String token = adminToken();
        JsonNode user = get(token, "/admin/realms/" + REALM + "/users/" + userId(token, nickname));
        Map<String, List<String>> attributes = new java.util.TreeMap<>();
        user.path("attributes").fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            field.getValue().forEach(value -> values.add(value.asText()));
            attributes.put(field.getKey(), values);
        });
        return attributes;
    }

    /** The accounts with exactly this nickname: none or one. */
    public List<JsonNode> usersNamed(String nickname) {
        List<JsonNode> users = new ArrayList<>();
        get(
                        adminToken(),
                        "/admin/realms/" + REALM + "/users?exact=true&username="
                                + URLEncoder.encode(nickname, StandardCharsets.UTF_8))
                .forEach(users::add);
        return users;
    }

    /** An account's stored credentials (type, temporary or not), never their secrets. */
    public List<JsonNode> credentials(String nickname) {
        String token = adminToken();
        List<JsonNode> credentials = new ArrayList<>();
        get(token, "/admin/realms/" + REALM + "/users/" + userId(token, nickname) + "/credentials")
                .forEach(credentials::add);
        return credentials;
    }

    /** Keycloak's id of an account. */
    public String accountId(String nickname) {
        return userId(adminToken(), nickname);
    }

    /** What Keycloak has logged so far; only a Keycloak the tests started has a log they can read. */
    public String log() {
        if (process == null) {
            throw new IllegalStateException("Keycloak's log is readable only when the tests start Keycloak themselves"
                    + " (KOLO_TEST_KEYCLOAK_URL is set)");
        }
        return process.output();
    }

    private String userId(String token, String nickname) {
        return get(
                        token,
                        "/admin/realms/" + REALM + "/users?exact=true&username="
                                + URLEncoder.encode(nickname, StandardCharsets.UTF_8))
                .get(0)
                .get("id")
                .asText();
    }

    private String adminToken() {
        JsonNode answer = postForm(
                baseUrl + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        adminUser,
                        "password",
                        adminPassword));
        return answer.get("access_token").asText();
    }

    static JsonNode postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private JsonNode get(String token, String path) {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private void send(String token, String method, String path, JsonNode body) {
        exchange(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private static JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " "
                        + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(path)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }
}
