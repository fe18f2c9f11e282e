package org.kolo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.kolo.audit.AuditEntry;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;
import org.kolo.testing.QrScanner;
import org.kolo.testing.Staff;

/**
 * A trainer brings a woman into Kolo at a session through the pages, without JavaScript: the account, the slip on
 * screen and in print in the woman's language, and her first login with it, where she must choose a password.
 */
@QuarkusTest
class PeoplePagesTest {

    @Test
    void a_trainer_makes_an_account_prints_the_slip_in_kazakh_and_the_woman_logs_in_with_it() throws Exception {
        String trainer = Staff.trainer("kyiv");
        String nickname = "aigul-" + UUID.randomUUID().toString().substring(0, 8);
        String password;
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/people/new"), trainer);
            HtmlPage form = browser.getPage(LocalServices.koloUrl() + "/people/new");
            HtmlForm create = form.getForms().stream()
                    .filter(f -> f.getActionAttribute().equals("/people/new"))
                    .findFirst()
                    .orElseThrow();
            create.getInputByName("nickname").type(nickname);
            HtmlSelect language = create.getSelectByName("language");
            language.setSelectedAttribute("kk", true);
            HtmlPage slip = create.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();

            assertEquals(200, slip.getWebResponse().getStatusCode());
            assertEquals("no-store", slip.getWebResponse().getResponseHeaderValue("Cache-Control"));
            String text = slip.asNormalizedText();
            assertTrue(text.contains("Сіздің кіруіңіз"), "the slip speaks Kazakh: " + text);
            assertTrue(text.contains("Бір реттік құпиясөз"), text);
            assertTrue(text.contains(nickname), text);
            password = slip.querySelectorAll(".slip dd.code.big")
                    .get(1)
                    .getTextContent()
                    .strip();
            assertTrue(password.matches("[" + OneTimePasswords.ALPHABET + "-]{14}"), password);
            assertTrue(slip.asXml().contains("<svg"), "the QR code is drawn on the page");

            HtmlForm print = slip.getForms().stream()
                    .filter(f -> f.getActionAttribute().equals("/people/slip.pdf"))
                    .findFirst()
                    .orElseThrow();
            Page pdf = print.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertEquals("application/pdf", pdf.getWebResponse().getContentType());
            assertEquals("no-store", pdf.getWebResponse().getResponseHeaderValue("Cache-Control"));
            try (InputStream in = pdf.getWebResponse().getContentAsStream();
                    PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                assertEquals(1, document.getNumberOfPages());
                String printed = new PDFTextStripper().getText(document);
                assertTrue(printed.contains("Сіздің кіруіңіз"), "Kazakh letters print: " + printed);
                assertTrue(printed.contains(nickname) && printed.contains(password), printed);
                assertEquals(LocalServices.koloUrl() + "/language/kk?back=/my", QrScanner.scan(document));
            }
            Browser.signOut(browser);
        }
        assertEquals(1, AuditEntry.count("subjectNickname = ?1 and action = 'account-created'", nickname));

        try (WebClient her = Browser.open()) {
            HtmlPage login = her.getPage(LocalServices.koloUrl() + "/language/kk?back=/my");
            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type(nickname);
            form.getInputByName("password").type(password);
            HtmlPage choose = form.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            HtmlForm update = choose.getHtmlElementById("kc-passwd-update-form");
            String own = "her-own-" + UUID.randomUUID();
            update.getInputByName("password-new").type(own);
            update.getInputByName("password-confirm").type(own);
            HtmlPage my = ((org.htmlunit.html.HtmlElement) update.querySelector("[type=submit]")).click();
            assertEquals("/my", my.getUrl().getPath(), "she lands on her learning page");
            assertEquals("kk", my.getDocumentElement().getAttribute("lang"), "in her language");
        }
    }

    @Test
    void a_taken_nickname_comes_back_with_free_ones_like_it_and_nothing_typed_is_lost() throws Exception {
        String trainer = Staff.trainer("kyiv");
        String taken = LocalServices.keycloak()
                .createActivist("taken-" + UUID.randomUUID().toString().substring(0, 8), "kyiv");
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/people/new"), trainer);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage form = browser.getPage(LocalServices.koloUrl() + "/people/new");
            HtmlForm create = form.getForms().stream()
                    .filter(f -> f.getActionAttribute().equals("/people/new"))
                    .findFirst()
                    .orElseThrow();
            create.getInputByName("nickname").type(taken);
            create.getSelectByName("language").setSelectedAttribute("uk", true);
            HtmlPage again = create.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertEquals(409, again.getWebResponse().getStatusCode());
            HtmlForm kept = again.getForms().stream()
                    .filter(f -> f.getActionAttribute().equals("/people/new"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(taken, kept.getInputByName("nickname").getValue());
            assertEquals(
                    "uk",
                    kept.getSelectByName("language").getSelectedOptions().get(0).getValueAttribute());
            var suggestions = again.querySelectorAll("[data-suggestion]");
            assertEquals(3, suggestions.size(), again.asNormalizedText());
            suggestions.forEach(node -> assertTrue(node.getTextContent().startsWith(taken)));
        }
    }

    @Test
    void a_coordinator_finds_a_woman_disables_her_account_and_sees_it_in_its_history() throws Exception {
        String coordinator = Staff.coordinator("kyiv", "odesa");
        String woman = LocalServices.keycloak()
                .createActivist("olena-" + UUID.randomUUID().toString().substring(0, 8), "odesa");
        try (WebClient browser = Browser.open()) {
            Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/people"), coordinator);
            HtmlPage found = browser.getPage(LocalServices.koloUrl() + "/people?q=" + woman);
            HtmlPage person = found.getAnchorByText(woman).click();
            HtmlForm disable = person.getForms().stream()
                    .filter(f -> f.getActionAttribute().endsWith("/enabled"))
                    .findFirst()
                    .orElseThrow();
            HtmlPage after = disable.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertEquals(person.getUrl().getPath(), after.getUrl().getPath(), "back on her page");
            assertTrue(after.asNormalizedText().contains(coordinator), after.asNormalizedText());
            assertEquals(1, after.querySelectorAll(".history li").size(), "one action in her history");
            assertEquals(
                    false,
                    LocalServices.keycloak()
                            .usersNamed(woman)
                            .get(0)
                            .get("enabled")
                            .asBoolean());
            assertTrue(after.querySelectorAll("form[action$='/roles']").isEmpty(), "roles are for admins only");
        }
    }
}
