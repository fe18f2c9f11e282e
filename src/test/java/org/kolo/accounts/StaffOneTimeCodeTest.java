package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/**
 * Trainers, coordinators and admins see what others do not (reports, the media library, certificates): a password
 * alone, guessed or taken from her, must not open that. Keycloak's browser flow asks staff (realm role {@code staff},
 * part of the three roles) for a one-time code; activists are never asked.
 */
@QuarkusTest
class StaffOneTimeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"trainer", "coordinator", "admin"})
    void staff_must_set_up_a_code_and_cannot_reach_kolo_with_the_password_alone(String role) throws IOException {
        String nickname = LocalServices.keycloak().createUser(role + "-code-" + System.nanoTime(), "bishkek", role);
        try (WebClient browser = Browser.open()) {
            HtmlPage setUp = Browser.logInWithPasswordOnly(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            assertNotNull(setUp.getElementById(Browser.SET_UP_CODE), "asked to set up a code: " + setUp.getUrl());

            HtmlPage again = browser.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(again.getUrl().getPath().contains("/realms/kolo/"), "Kolo is not open yet: " + again.getUrl());
            HtmlPage setUpAgain = again.getElementById(Browser.SET_UP_CODE) != null
                    ? again
                    : Browser.logInWithPasswordOnly(again, nickname);
            assertNotNull(setUpAgain.getElementById(Browser.SET_UP_CODE), "still asked to set up her code");

            HtmlPage me = Browser.setUpOneTimeCode(setUpAgain, nickname);
            assertEquals(LocalServices.koloUrl() + "/me", me.getUrl().toString());
            assertTrue(me.asNormalizedText().contains(nickname));
        }
    }

    @Test
    void once_set_up_every_new_login_asks_for_the_code_and_a_wrong_code_is_refused() throws IOException {
        String nickname =
                LocalServices.keycloak().createUser("trainer-again-" + System.nanoTime(), "bishkek", "trainer");
        try (WebClient first = Browser.open()) {
            Browser.logIn(first.getPage(LocalServices.koloUrl() + "/me"), nickname);
        }
        try (WebClient browser = Browser.open()) {
            HtmlPage codePage =
                    Browser.logInWithPasswordOnly(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            assertNotNull(codePage.getElementById(Browser.TYPE_CODE), "asked for her code: " + codePage.getUrl());
            assertNull(codePage.getElementById(Browser.SET_UP_CODE), "not asked to set it up again");

            HtmlForm form = codePage.getHtmlElementById(Browser.TYPE_CODE);
            form.getInputByName("otp").type(wrongCode());
            HtmlPage refused = codePage.getHtmlElementById("kc-login").click();
            assertTrue(refused.getUrl().getPath().contains("/realms/kolo/"), "a wrong code opens nothing");
            assertNotNull(refused.getElementById(Browser.TYPE_CODE), "asked again for her code");

            HtmlPage me = Browser.typeOneTimeCode(refused, nickname);
            assertEquals(LocalServices.koloUrl() + "/me", me.getUrl().toString());
        }
    }

    @Test
    void an_activist_is_never_asked_for_a_code() throws IOException {
        String nickname = LocalServices.keycloak().createActivist("no-code-" + System.nanoTime(), "bishkek");
        try (WebClient browser = Browser.open()) {
            HtmlPage me = Browser.logInWithPasswordOnly(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            assertEquals(LocalServices.koloUrl() + "/me", me.getUrl().toString());
            assertTrue(me.asNormalizedText().contains(nickname));
        }
    }

    @Test
    void the_demo_staff_have_a_code_configured_so_the_local_run_can_log_them_in() throws IOException {
        try (WebClient browser = Browser.open()) {
            HtmlPage codePage =
                    Browser.logInWithPasswordOnly(browser.getPage(LocalServices.koloUrl() + "/me"), "demo-trainer");
            assertNotNull(codePage.getElementById(Browser.TYPE_CODE), "the demo secret is already set up");
            assertEquals(
                    LocalServices.koloUrl() + "/me",
                    Browser.typeOneTimeCode(codePage, "demo-trainer").getUrl().toString());
        }
    }

    /** Six digits that her app shows now only by a chance of three in a million. */
    private static String wrongCode() {
        return "000000";
    }
}
