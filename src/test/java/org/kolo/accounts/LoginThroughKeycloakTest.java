package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** Logs in the way a person does: Kolo sends the browser to Keycloak's login form, and back. */
@QuarkusTest
class LoginThroughKeycloakTest {

    @Test
    void activist_logs_in_through_keycloak_sees_her_page_and_logs_out() throws IOException {
        try (WebClient browser = Browser.open()) {
            HtmlPage login = browser.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(login.getUrl().getPath().contains("/realms/kolo/"), "Keycloak login page expected");

            String nickname = LocalServices.keycloak().createActivist("login-" + System.nanoTime(), "almaty");
            HtmlPage me = Browser.logIn(login, nickname);
            assertEquals("/me", me.getUrl().getPath());
            String text = me.asNormalizedText();
            assertTrue(text.contains(nickname), text);
            assertTrue(text.contains("Almaty"), "her city by its name: " + text);
            assertTrue(text.contains("Activist"), "roles in the browser's language (English): " + text);

            HtmlPage afterLogout = Browser.signOut(browser);
            assertEquals("/", afterLogout.getUrl().getPath());

            HtmlPage again = browser.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(again.getUrl().getPath().contains("/realms/kolo/"), "after logout /me must ask for a login");
        }
    }

    @Test
    void keycloak_login_page_speaks_kazakh_when_kolo_does() throws IOException {
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "kolo-lang", "kk"));
            HtmlPage login = browser.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(
                    login.getUrl().toString().contains("ui_locales=kk"),
                    login.getUrl().toString());
            String text = login.asNormalizedText();
            assertTrue(text.contains("Кіру"), text);
        }
    }
}
