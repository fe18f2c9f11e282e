package org.kolo.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** A learner's way through the pages, logged in through Keycloak, without JavaScript. */
@QuarkusTest
class LearningInTheBrowserTest extends org.kolo.content.WithOwnContent {

    private static final String LESSON = CoursePagesFixture.FIRST_LESSON;

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return CoursePagesFixture.write(temp);
    }

    @Test
    void learner_marks_a_lesson_done_and_finds_the_course_on_my_learning() throws IOException {
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "kolo-lang", "ru"));
            HtmlPage anonymous = browser.getPage(LocalServices.koloUrl() + LESSON);
            HtmlPage login = anonymous.getAnchorByHref(LESSON + "/login").click();
            HtmlPage lesson = Browser.logIn(login, QuizFixtures.newLearner("almaty"));
            assertEquals(LESSON, lesson.getUrl().getPath(), "after the login the reader is back on her lesson");
            HtmlForm done = lesson.getForms().stream()
                    .filter(f -> f.getActionAttribute().endsWith(LESSON + "/done"))
                    .findFirst()
                    .orElseThrow();
            HtmlPage after = done.getOneHtmlElementByAttribute("button", "type", "submit")
                    .click();
            assertEquals(LESSON, after.getUrl().getPath());
            assertTrue(
                    after.asNormalizedText().contains("Вы отметили этот урок как пройденный."),
                    after.asNormalizedText());

            HtmlPage my = browser.getPage(LocalServices.koloUrl() + "/my");
            String text = my.asNormalizedText();
            // One lesson done of the fixture course's five.
            assertTrue(
                    text.contains(CoursePagesFixture.PUBLIC_TITLES.get("ru")) && text.contains("Пройдено 20%"), text);
        }
    }
}
