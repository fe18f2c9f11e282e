package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/**
 * A session ends everywhere at once: signing out, an admin's sign-out in Keycloak and disabling the account stop
 * a copied cookie within five seconds, and nothing of the session stays in the browser or in an address.
 */
@QuarkusTest
class SignOutTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PROMISED = Duration.ofSeconds(5);

    @Test
    void a_copied_cookie_is_refused_at_once_when_she_signs_out_and_the_next_login_asks_for_her_password()
            throws Exception {
        String nickname = LocalServices.keycloak().createActivist("out-" + System.nanoTime(), "almaty");
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            String copied = Browser.sessionCookies(browser);
            assertTrue(signedIn(copied, nickname), "the copied cookie works before she signs out");

            HtmlPage after = Browser.signOut(browser);

            assertEquals("/", after.getUrl().getPath());
            assertFalse(signedIn(copied, nickname), "the copied cookie is refused the moment she signed out");
            HtmlPage again = browser.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(
                    again.getUrl().getPath().contains("/realms/kolo/") && again.getElementById("password") != null,
                    "Keycloak asks for the password again: " + again.getUrl());
        }
    }

    @Test
    void a_copied_cookie_is_refused_within_five_seconds_of_an_admin_signing_her_out_in_keycloak() throws Exception {
        String nickname = LocalServices.keycloak().createActivist("admin-out-" + System.nanoTime(), "almaty");
        String copied = signedInCookies(nickname);

        LocalServices.keycloak().signOutEverywhere(nickname);

        assertRefusedWithinPromise(copied, nickname);
    }

    @Test
    void a_copied_cookie_is_refused_within_five_seconds_of_her_account_being_disabled() throws Exception {
        String nickname = LocalServices.keycloak().createActivist("disabled-" + System.nanoTime(), "almaty");
        String copied = signedInCookies(nickname);

        LocalServices.keycloak().disable(nickname);

        assertRefusedWithinPromise(copied, nickname);
    }

    @Test
    void exit_and_sign_out_signs_out_tells_the_browser_to_forget_kolo_and_leaves_for_the_neutral_site()
            throws Exception {
        String nickname = LocalServices.keycloak().createActivist("exit-" + System.nanoTime(), "almaty");
        try (WebClient browser = Browser.open()) {
            browser.setRefreshHandler((page, url, seconds) -> {});
            HtmlPage lesson = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            String copied = Browser.sessionCookies(browser);
            HtmlForm exit = lesson.getForms().stream()
                    .filter(form -> form.getActionAttribute().equals("/logout")
                            && !form.getInputsByName("then").isEmpty())
                    .findFirst()
                    .orElseThrow();

            HtmlPage leaving = exit.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();

            assertEquals(
                    "\"cache\", \"cookies\", \"storage\"",
                    leaving.getWebResponse().getResponseHeaderValue("Clear-Site-Data"));
            assertTrue(
                    leaving.getWebResponse().getContentAsString().contains("content=\"0;url=/exit\""),
                    leaving.getWebResponse().getContentAsString());
            assertFalse(signedIn(copied, nickname), "signed out before leaving");
            assertTrue(
                    Browser.sessionCookies(browser).isEmpty(),
                    "no session cookie left: " + Browser.sessionCookies(browser));
        }
    }

    @Test
    void a_link_or_a_script_without_the_form_token_signs_nobody_out() throws Exception {
        String nickname = LocalServices.keycloak().createActivist("kept-" + System.nanoTime(), "almaty");
        String cookies = signedInCookies(nickname);

        HttpResponse<String> link = HTTP.send(
                HttpRequest.newBuilder(URI.create(LocalServices.koloUrl() + "/logout"))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = HTTP.send(
                HttpRequest.newBuilder(URI.create(LocalServices.koloUrl() + "/logout"))
                        .header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("then=exit"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, link.statusCode());
        assertEquals(403, forged.statusCode());
        assertTrue(signedIn(cookies, nickname), "still signed in");
    }

    @Test
    void a_forged_back_channel_logout_is_refused_and_ends_nothing() throws Exception {
        String nickname = LocalServices.keycloak().createActivist("forged-" + System.nanoTime(), "almaty");
        String cookies = signedInCookies(nickname);
        String unsigned = "eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4IiwiZXZlbnRzIjp7Imh0dHA6Ly9zY2hlbWFzLm9wZW5pZC5uZXQvZXZlbnQv"
                + "YmFja2NoYW5uZWwtbG9nb3V0Ijp7fX19.";

        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(LocalServices.koloUrl() + "/back-channel-logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + unsigned))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, answer.statusCode());
        assertTrue(signedIn(cookies, nickname), "still signed in");
    }

    private static String signedInCookies(String nickname) throws IOException, InterruptedException {
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/me"), nickname);
            String copied = Browser.sessionCookies(browser);
            assertTrue(signedIn(copied, nickname), "the copied cookie works at first");
            return copied;
        }
    }

    private static void assertRefusedWithinPromise(String cookies, String nickname) throws Exception {
        Instant deadline = Instant.now().plus(PROMISED);
        boolean signedIn = signedIn(cookies, nickname);
        while (signedIn && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            signedIn = signedIn(cookies, nickname);
        }
        assertFalse(signedIn, "five seconds later the copied cookie still opens her page");
        assertFalse(signedIn(cookies, nickname), "and it stays refused");
    }

    private static boolean signedIn(String cookies, String nickname) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(LocalServices.koloUrl() + "/me"))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 200 && page.body().contains(nickname);
    }
}
