import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One trainer makes COUNT accounts in a row through POST /api/people, as at a session: each call is Kolo and
 * Keycloak end to end (the account, its role, its audit row). Prints p50/p95/max; the accounts are removed after.
 * Signs in as the local demo trainer (password and one-time code of the local run), by a password grant that is
 * allowed only meanwhile.
 */
public class PeopleCreate {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        String keycloak = args[2];
        String adminToken = form(keycloak + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", args[3], "password", args[4]))
                .get("access_token").asText();
        String realm = keycloak + "/admin/realms/kolo";
        var client = (com.fasterxml.jackson.databind.node.ObjectNode) get(adminToken, realm + "/clients?clientId=kolo").get(0);
        String clientId = client.get("id").asText();
        boolean grants = client.path("directAccessGrantsEnabled").asBoolean(false);
        String secret = get(adminToken, realm + "/clients/" + clientId + "/client-secret").get("value").asText();
        String token;
        try {
            client.put("directAccessGrantsEnabled", true);
            send(adminToken, "PUT", realm + "/clients/" + clientId, client.toString());
            token = signIn(keycloak, secret);
        } finally {
            client.put("directAccessGrantsEnabled", grants);
            send(adminToken, "PUT", realm + "/clients/" + clientId, client.toString());
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<Double> millis = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < count + 5; i++) {
            String body = JSON.writeValueAsString(Map.of(
                    "nickname", "bench-made-" + run + "-" + i, "city", "kyiv", "language", "uk"));
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/people"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 201) {
                throw new IllegalStateException("account " + i + ": " + response.statusCode() + " " + response.body());
            }
            made.add(JSON.readTree(response.body()).get("accountId").asText());
            if (i >= 5) {
                millis.add(took); // the first five warm the connection and the code paths
            }
        }
        Collections.sort(millis);
        System.out.printf("%d accounts made one after another: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                millis.size(), at(millis, 0.50), at(millis, 0.95), millis.get(millis.size() - 1));
        for (String id : made) {
            send(adminToken, "DELETE", realm + "/users/" + id, "");
        }
        System.out.printf("%d bench accounts removed from Keycloak%n", made.size());
    }

    /** A one-time code is good once: a second run within its 30 s waits for the next one. */
    static String signIn(String keycloak, String secret) throws Exception {
        for (int tries = 0; ; tries++) {
            try {
                return form(keycloak + "/realms/kolo/protocol/openid-connect/token", Map.of(
                        "grant_type", "password", "client_id", "kolo", "client_secret", secret, "scope", "openid",
                        "username", "demo-trainer", "password", "kolo-demo-2026",
                        "totp", totp("JNXWY32EMVWW6Q3PMRSTEMBSGZHW43DZ"))).get("access_token").asText();
            } catch (IllegalStateException refused) {
                if (tries > 0) {
                    throw refused;
                }
                Thread.sleep(30_000 - System.currentTimeMillis() % 30_000 + 500);
            }
        }
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    /** RFC 6238 with SHA-1, 6 digits, 30 s: what an authenticator app shows for the demo key. */
    static String totp(String base32) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        int buffer = 0, bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.toByteArray(), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
        int offset = hash[hash.length - 1] & 0xf;
        int code = ((hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | (hash[offset + 3] & 0xff)) % 1_000_000;
        return String.format("%06d", code);
    }

    static com.fasterxml.jackson.databind.JsonNode get(String token, String url) throws Exception {
        return exchange(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
    }

    static void send(String token, String method, String url, String body) throws Exception {
        exchange(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static com.fasterxml.jackson.databind.JsonNode form(String url, Map<String, String> values) throws Exception {
        String body = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static com.fasterxml.jackson.databind.JsonNode exchange(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + response.statusCode());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
