package org.kolo.accounts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** Remembered sessions never mix people up, and a logout still ends the session. */
@QuarkusTest
class VerifiedSessionsTest {

    @Test
    void two_people_signed_in_at_once_each_stay_themselves() throws IOException {
        String activist = LocalServices.keycloak().createActivist("one-" + System.nanoTime(), "almaty");
        String trainer = LocalServices.keycloak().createUser("other-" + System.nanoTime(), "almaty", "trainer");
        try (WebClient first = Browser.open();
                WebClient second = Browser.open()) {
            Browser.logIn(first.getPage(LocalServices.koloUrl() + "/me"), activist);
            Browser.logIn(second.getPage(LocalServices.koloUrl() + "/me"), trainer);
            for (int i = 0; i < 3; i++) {
                String mine =
                        first.<HtmlPage>getPage(LocalServices.koloUrl() + "/me").asNormalizedText();
                String theirs = second.<HtmlPage>getPage(LocalServices.koloUrl() + "/me")
                        .asNormalizedText();
                assertTrue(mine.contains(activist) && !mine.contains(trainer), mine);
                assertTrue(theirs.contains(trainer) && !theirs.contains(activist), theirs);
            }
            Browser.signOut(first);
            HtmlPage again = first.getPage(LocalServices.koloUrl() + "/me");
            assertTrue(again.getUrl().getPath().contains("/realms/kolo/"), "after logout /me asks for a login");
            String still =
                    second.<HtmlPage>getPage(LocalServices.koloUrl() + "/me").asNormalizedText();
            assertTrue(still.contains(trainer), "the other session is untouched: " + still);
        }
    }
}
