package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Tokens;

/**
 * What the shipped realm file says, read as an operator would import it in production: no people in it (demo users
 * live in keycloak/demo and only local runs and tests import them), and the hardening the security review asked for.
 */
class RealmFileTest {

    private static final Path KEYCLOAK = Path.of("keycloak");

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(KEYCLOAK.resolve("kolo-realm.json").toFile());
    }

    private static JsonNode client(String clientId) throws IOException {
        for (JsonNode client : realm().get("clients")) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("the realm file defines no client " + clientId);
    }

    @Test
    void the_realm_file_holds_no_person_only_the_service_account() throws IOException {
        List<String> users = new ArrayList<>();
        realm().path("users").forEach(user -> users.add(user.get("username").asText()));
        assertEquals(List.of("service-account-kolo"), users);
    }

    @Test
    void no_client_takes_a_password_directly() throws IOException {
        assertFalse(client("admin-cli").get("directAccessGrantsEnabled").asBoolean(true));
        assertFalse(client("kolo").get("directAccessGrantsEnabled").asBoolean(true));
    }

    @Test
    void the_default_role_gives_no_offline_access() throws IOException {
        JsonNode defaultRole = null;
        for (JsonNode role : realm().path("roles").path("realm")) {
            if (role.get("name")
                    .asText()
                    .equals(realm().path("defaultRole").path("name").asText())) {
                defaultRole = role;
            }
        }
        assertTrue(defaultRole != null, "the default role is defined");
        List<String> composites = new ArrayList<>();
        defaultRole.path("composites").path("realm").forEach(role -> composites.add(role.asText()));
        assertEquals(List.of("activist"), composites);
    }

    @Test
    void the_password_policy_caps_length_and_names_a_shipped_deny_list_without_the_demo_password() throws IOException {
        String policy = realm().get("passwordPolicy").asText();
        assertTrue(policy.contains("maxLength(128)"), policy);
        Matcher denyList = Pattern.compile("passwordBlacklist\\(([^)]+)\\)").matcher(policy);
        assertTrue(denyList.find(), policy);
        List<String> listed = Files.readAllLines(KEYCLOAK.resolve(denyList.group(1)), StandardCharsets.UTF_8);
        assertTrue(listed.size() > 1000, "a real list: " + listed.size());
        assertTrue(listed.contains("qwertyuiop"));
        assertFalse(listed.contains(Tokens.DEMO_PASSWORD), "the demo users can still sign in");
        listed.forEach(entry -> assertEquals(
                entry.toLowerCase(java.util.Locale.ROOT),
                entry,
                "Keycloak compares in lower case, so entries are lower case"));
    }

    @Test
    void staff_meet_the_one_time_code_in_the_browser_flow() throws IOException {
        String browserFlow = realm().get("browserFlow").asText();
        assertEquals("kolo browser", browserFlow);
        String flows = realm().get("authenticatorConfig").toString();
        assertTrue(flows.contains("\"condUserRole\":\"staff\""), flows);
    }
}
