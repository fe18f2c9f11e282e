package org.kolo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-time codes (TOTP, RFC 6238, as the realm's policy says: HMAC-SHA1, 6 digits, 30 s) that staff type after
 * their password, as their authenticator app would show them. The secrets are the demo staff's (read from the demo
 * users file) and those a test's new staff account set up. Keycloak takes each code once and also the codes of the
 * neighbouring 30 s steps, so each person is given a code of a step not used yet.
 */
public final class OneTimeCodes {

    private static final int PERIOD_SECONDS = 30;
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>(demoSecrets());
    private static final Map<String, Set<Long>> USED_STEPS = new ConcurrentHashMap<>();
    private static final Clock CLOCK = Clock.systemUTC();

    private OneTimeCodes() {}

    /** Whether this person has a one-time-code secret, so Keycloak asks her for a code. */
    public static boolean has(String username) {
        return SECRETS.containsKey(username);
    }

    /** Remembers the secret shown to a person when she set up her code. */
    public static void learned(String username, String rawSecret) {
        SECRETS.put(username, rawSecret);
        USED_STEPS.remove(username);
    }

    /** A code for her that Keycloak has not taken yet: of the current step, else of the next or the previous one. */
    public static String next(String username) {
        String secret = SECRETS.get(username);
        if (secret == null) {
            throw new IllegalStateException(username + " has set up no one-time code");
        }
        Set<Long> used = USED_STEPS.computeIfAbsent(username, name -> new HashSet<>());
        synchronized (used) {
            while (true) {
                long now = CLOCK.instant().getEpochSecond() / PERIOD_SECONDS;
                for (long step : new long[] {now, now + 1, now - 1}) {
                    if (used.add(step)) {
                        return code(secret, step);
                    }
                }
                awaitStep(now + 1);
            }
        }
    }

    static String code(String rawSecret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(rawSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three codes of one person used within 30 s: her next code exists only when the clock reaches the next step. */
    private static void awaitStep(long step) {
        long until = step * PERIOD_SECONDS * 1000;
        long left;
        while ((left = until - CLOCK.millis()) > 0) {
            try {
                Thread.sleep(Math.min(left, 250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> demoSecrets() {
        Map<String, String> secrets = new ConcurrentHashMap<>();
        try {
            JsonNode file = new ObjectMapper()
                    .readTree(
                            Path.of(System.getProperty("kolo.demo-users.file")).toFile());
            for (JsonNode user : file.get("users")) {
                for (JsonNode credential : user.path("credentials")) {
                    if ("otp".equals(credential.path("type").asText())) {
                        String secretData = credential.get("secretData").asText();
                        secrets.put(
                                user.get("username").asText(),
                                new ObjectMapper()
                                        .readTree(secretData)
                                        .get("value")
                                        .asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }
}
