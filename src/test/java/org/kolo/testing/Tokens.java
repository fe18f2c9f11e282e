package org.kolo.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from Keycloak for the demo users, as an app would send them to /api. */
public final class Tokens {

    public static final String DEMO_PASSWORD = "kolo-demo-2026";
    private static final Duration REUSE = Duration.ofMinutes(2);
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {}

    private Tokens() {}

    public static String of(String username) {
        Issued issued = CACHE.compute(
                username,
                (name, old) -> old != null && old.at().plus(REUSE).isAfter(Instant.now())
                        ? old
                        : new Issued(fetch(name), Instant.now()));
        return issued.token();
    }

    /** A token a public client of the realm (admin-cli, account-console) issues for a user: not meant for Kolo. */
    public static String ofClient(String clientId, String username) {
        return passwordGrant(username, Map.of("client_id", clientId));
    }

    private static String fetch(String username) {
        String secret = ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret", String.class);
        return passwordGrant(username, Map.of("client_id", TestKeycloak.CLIENT, "client_secret", secret));
    }

    /** The password grant, with her one-time code when she has set one up (Keycloak then asks for it). */
    private static String passwordGrant(String username, Map<String, String> client) {
        Map<String, String> form = new HashMap<>(client);
        form.putAll(
                Map.of("grant_type", "password", "scope", "openid", "username", username, "password", DEMO_PASSWORD));
        if (OneTimeCodes.has(username)) {
            form.put("totp", OneTimeCodes.next(username));
        }
        return TestKeycloak.postForm(LocalServices.keycloak().realmUrl() + "/protocol/openid-connect/token", form)
                .get("access_token")
                .asText();
    }
}
