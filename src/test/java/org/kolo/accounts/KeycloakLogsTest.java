package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/**
 * Keycloak's log names nobody: a log that lists who tried to sign in, from where, is a list police could seize.
 * Keycloak writes its log as it answers, so reading the file after the answer sees every line of the attempt.
 */
@QuarkusTest
class KeycloakLogsTest {

    @Test
    void mistyped_and_good_logins_leave_no_nickname_address_or_account_id_in_keycloaks_log() throws IOException {
        String nickname = LocalServices.keycloak().createActivist("typo-" + System.nanoTime(), "almaty");
        String unknown = "nobody-" + System.nanoTime();
        try (WebClient browser = Browser.open()) {
            HtmlPage login = browser.getPage(LocalServices.koloUrl() + "/me");
            HtmlPage refused = attempt(attempt(login, nickname, "wrong-password"), unknown, "wrong-password");
            assertNotNull(refused.getElementById("kc-form-login"), "both attempts were refused");
            HtmlPage me = attempt(refused, nickname, Tokens.DEMO_PASSWORD);
            assertEquals("/me", me.getUrl().getPath());
        }

        String log = LocalServices.keycloak().log();

        assertFalse(log.contains(nickname), "her nickname is in Keycloak's log");
        assertFalse(log.contains(unknown), "a mistyped nickname is in Keycloak's log");
        assertFalse(log.contains(LocalServices.keycloak().accountId(nickname)), "her account id is in Keycloak's log");
        assertFalse(log.contains("ipAddress="), "addresses are in Keycloak's log");
    }

    private static HtmlPage attempt(HtmlPage login, String username, String password) throws IOException {
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }
}
