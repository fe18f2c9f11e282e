package org.kolo.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFieldSet;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.content.ContentLoader;
import org.kolo.content.ContentReader;
import org.kolo.content.TestCourse;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;

/** Taking a quiz in plain forms, without JavaScript: answers survive a closed browser, results come once. */
@QuarkusTest
class QuizInTheBrowserTest {

    private static final String QUIZ = "property-quiz";
    /** Six questions of every type, three to a page; the order question is the last. */
    private static final String SIX_QUESTIONS =
            TestCourse.QUIZ.replace("draw: 2\n", "shuffle: false\n").replace("time-limit: 10\n", "") + """
              - id: four
                type: multiple
                text: {ru: Отметьте, uk: Позначте, kk: Белгілеңіз}
                options:
                  - {id: a, correct: true, text: {ru: Первое, uk: Перше, kk: Бірінші}}
                  - {id: b, correct: true, text: {ru: Второе, uk: Друге, kk: Екінші}}
                  - {id: c, text: {ru: Третье, uk: Третє, kk: Үшінші}}
              - id: five
                type: short
                text: {ru: Одно слово, uk: Одне слово, kk: Бір сөз}
                accepted: {ru: [право], uk: [право], kk: [құқық]}
              - id: steps
                type: ordering
                text: {ru: Порядок, uk: Порядок, kk: Рет}
                items:
                  - {id: first, text: {ru: Сначала, uk: Спочатку, kk: Алдымен}}
                  - {id: second, text: {ru: Потом, uk: Потім, kk: Кейін}}
                  - {id: third, text: {ru: В конце, uk: Наприкінці, kk: Соңында}}
            """;

    @Inject
    ContentLoader loader;

    @TempDir
    Path temp;

    private Quiz quiz;

    @BeforeEach
    void loadTheTestQuiz() throws Exception {
        Path content = TestCourse.realContentWith(temp, TestCourse.COURSE, SIX_QUESTIONS);
        loader.load(content);
        quiz = ContentReader.read(content).courses().stream()
                .flatMap(c -> c.quizzes().stream())
                .filter(q -> q.id().equals(QUIZ))
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void restoreTheRealContent() {
        loader.load(Path.of("content"));
    }

    @Test
    void a_learner_answers_leaves_comes_back_where_she_stopped_and_submits() throws IOException {
        String learner = QuizFixtures.newLearner("almaty");
        String attemptUrl;
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "kolo-lang", "kk"));
            HtmlPage intro = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/quizzes/" + QUIZ), learner);
            assertTrue(intro.asNormalizedText().contains("6 сұрақ"), intro.asNormalizedText());
            HtmlPage page = submitButton(intro.getForms().get(intro.getForms().size() - 1))
                    .click();
            attemptUrl = page.getUrl().getPath();
            assertTrue(page.asNormalizedText().contains("2 беттің 1-беті"), page.asNormalizedText());
            answerAll(page);
            HtmlPage second = button(page, "next").click();
            assertTrue(
                    second.getUrl().toString().endsWith("?page=2"),
                    second.getUrl().toString());
        }
        try (WebClient again = Browser.open()) {
            HtmlPage resumed = Browser.logIn(again.getPage(LocalServices.koloUrl() + attemptUrl), learner);
            assertTrue(
                    resumed.asNormalizedText().contains("Page 2 of 2"),
                    "a new browser opens the first page with an unanswered question: " + resumed.asNormalizedText());
            answerAll(resumed);
            HtmlPage result = button(resumed, "submit").click();
            assertTrue(
                    result.getUrl().getPath().endsWith("/result"),
                    result.getUrl().toString());
            String text = result.asNormalizedText();
            assertTrue(text.contains("Your score: 100") && text.contains("Passed."), text);

            // Sending the last page again (a retry after a timeout) only shows the same result.
            HtmlPage replay = again.getPage(new URL(LocalServices.koloUrl() + attemptUrl));
            assertTrue(replay.getUrl().getPath().endsWith("/result"));
        }
    }

    @Test
    void a_wrongly_numbered_order_is_refused_with_a_message_and_the_rest_of_the_page_is_kept() throws IOException {
        String learner = QuizFixtures.newLearner("almaty");
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage intro = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/quizzes/" + QUIZ), learner);
            HtmlPage page = submitButton(intro.getForms().get(intro.getForms().size() - 1))
                    .click();
            while (page.getByXPath("//select[starts-with(@name, 'q-steps-')]").isEmpty()) {
                page = button(page, "next").click();
            }
            answerAll(page);
            List<HtmlSelect> places = page.getByXPath("//select[starts-with(@name, 'q-steps-')]");
            places.forEach(select -> select.setSelectedAttribute("1", true));
            HtmlPage refused = button(page, "back").click();
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(
                    refused.asNormalizedText().contains("Give every item its own place"), refused.asNormalizedText());
        } catch (FailingHttpStatusCodeException e) {
            throw new AssertionError(e);
        }
    }

    /** Fills every question of the page with its right answer, as read from the content files. */
    private void answerAll(HtmlPage page) {
        List<HtmlFieldSet> questions = page.getByXPath("//fieldset[@class='question']");
        for (HtmlFieldSet fieldSet : questions) {
            String id = fieldSet.getId().substring(2);
            Question question = quiz.question(id).orElseThrow();
            Answer answer = QuizFixtures.rightAnswer(question);
            String name = "q-" + id;
            switch (question.type()) {
                case SINGLE -> radio(page, name, answer.option());
                case TRUE_FALSE -> radio(page, name, answer.value().toString());
                case MULTIPLE ->
                    answer.options()
                            .forEach(option -> page.<HtmlCheckBoxInput>getFirstByXPath(
                                            "//input[@name='" + name + "' and @value='" + option + "']")
                                    .setChecked(true));
                case SHORT ->
                    page.<HtmlTextInput>getFirstByXPath("//input[@name='" + name + "']")
                            .setText(answer.text());
                case MATCHING ->
                    answer.pairs()
                            .forEach((left, right) -> page.<HtmlSelect>getFirstByXPath(
                                            "//select[@name='" + name + "-" + left + "']")
                                    .setSelectedAttribute(right, true));
                case ORDERING -> {
                    for (int i = 0; i < answer.order().size(); i++) {
                        page.<HtmlSelect>getFirstByXPath("//select[@name='" + name + "-"
                                        + answer.order().get(i) + "']")
                                .setSelectedAttribute(Integer.toString(i + 1), true);
                    }
                }
            }
        }
    }

    private static void radio(HtmlPage page, String name, String value) {
        page.<HtmlRadioButtonInput>getFirstByXPath("//input[@name='" + name + "' and @value='" + value + "']")
                .setChecked(true);
    }

    private static HtmlButton button(HtmlPage page, String action) {
        return page.getFirstByXPath("//button[@name='action' and @value='" + action + "']");
    }

    private static HtmlButton submitButton(HtmlForm form) {
        return form.getFirstByXPath(".//button[@type='submit']");
    }
}
