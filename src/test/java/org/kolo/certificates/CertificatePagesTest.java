package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolo.certificates.CertificateFixtures.completeAllButLastLesson;
import static org.kolo.certificates.CertificateFixtures.lastLesson;
import static org.kolo.certificates.CertificateFixtures.markDone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** The learner's and the admin's certificate pages, in plain forms. */
@QuarkusTest
class CertificatePagesTest extends org.kolo.content.WithOwnContent {

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return CertificateCourses.write(temp);
    }

    @Inject
    Catalog catalog;

    @Test
    void a_learner_chooses_her_name_downloads_her_certificate_and_an_admin_revokes_it() throws IOException {
        String learner = QuizFixtures.newLearner("almaty");
        String code;
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "kolo-lang", "kk"));
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage mine = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/my/certificates"), learner);
            assertTrue(mine.asNormalizedText().contains("кез келген адам көреді"), "she is told the name is visible");

            // A name that is too long is refused with a message, and what she typed stays in the form.
            HtmlForm nameForm = mine.getHtmlElementById("holder-name").getEnclosingFormOrDie();
            mine.getHtmlElementById("holder-name").setAttribute("maxlength", "200");
            mine.<org.htmlunit.html.HtmlTextInput>getHtmlElementById("holder-name")
                    .setValue("Ә".repeat(81));
            HtmlPage refused = nameForm.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("1-ден 80 таңбаға дейін"), refused.asNormalizedText());
            assertEquals(
                    "Ә".repeat(81),
                    refused.<org.htmlunit.html.HtmlTextInput>getHtmlElementById("holder-name")
                            .getValue());

            refused.<org.htmlunit.html.HtmlTextInput>getHtmlElementById("holder-name")
                    .setValue("Әйгерім Құрманғалиқызы");
            HtmlPage saved = refused.getHtmlElementById("holder-name")
                    .getEnclosingFormOrDie()
                    .getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertTrue(saved.asNormalizedText().contains("Сақталды"), saved.asNormalizedText());

            CatalogCourse course = catalog.course(CertificateCourses.COURSE).orElseThrow();
            completeAllButLastLesson(learner, course);
            markDone(learner, lastLesson(course));

            HtmlPage withCertificate = browser.getPage(LocalServices.koloUrl() + "/my/certificates");
            String text = withCertificate.asNormalizedText();
            assertTrue(text.contains("Жарамды") && text.contains("Әйгерім Құрманғалиқызы"), text);
            code = withCertificate
                    .getFirstByXPath("//dd[@class='code']/text()")
                    .toString()
                    .strip();
            Page pdf = withCertificate
                    .getAnchorByText(withCertificate
                            .<org.htmlunit.html.HtmlAnchor>getFirstByXPath("//a[@download]")
                            .getTextContent())
                    .click();
            assertEquals("application/pdf", pdf.getWebResponse().getContentType());
            assertTrue(pdf.getWebResponse()
                    .getResponseHeaderValue("Content-Disposition")
                    .contains(code));
        }
        try (WebClient admin = Browser.open()) {
            HtmlPage register = Browser.logIn(
                    admin.getPage(LocalServices.koloUrl() + "/certificates?code=" + code.toLowerCase()),
                    // Her own admin: she sets up a one-time code in the browser, which the API tests' admin never does.
                    LocalServices.keycloak()
                            .createUser(
                                    "register-admin-"
                                            + java.util
                                                    .UUID
                                                    .randomUUID()
                                                    .toString()
                                                    .substring(0, 8),
                                    java.util.List.of("almaty"),
                                    "admin",
                                    java.util.Map.of()));
            assertTrue(
                    register.getUrl().getPath().startsWith("/certificates/"),
                    register.getUrl().toString());
            register.<HtmlTextArea>getHtmlElementById("reason").setText("Test of revocation");
            HtmlPage revoked = register.getHtmlElementById("reason")
                    .getEnclosingFormOrDie()
                    .getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertTrue(revoked.asNormalizedText().contains("Revoked"), revoked.asNormalizedText());
        }
        try (WebClient anyone = Browser.open()) {
            anyone.getOptions().setThrowExceptionOnFailingStatusCode(false);
            anyone.getCookieManager().addCookie(new Cookie("127.0.0.1", "kolo-lang", "kk"));
            HtmlPage check = anyone.getPage(LocalServices.koloUrl() + "/verify/" + code);
            assertTrue(check.asNormalizedText().contains("Кері қайтарылған"), check.asNormalizedText());
            assertTrue(!check.asNormalizedText().contains("Test of revocation"));
        }
    }
}
