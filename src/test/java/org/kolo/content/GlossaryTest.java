package org.kolo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One word for one thing: the checker refuses the glossary's variants in content, and the interface obeys it too. */
class GlossaryTest {

    private static final String GLOSSARY = """
            terms:
              - means: one go at a quiz
                kk: әрекет
                ru: попытка
                avoid:
                  kk: [талпыныс]
                  ru: [заход]
            """;

    @TempDir
    Path root;

    @Test
    void a_variant_to_avoid_is_an_error_at_its_line_in_lessons_and_quizzes_in_its_language_only() throws Exception {
        Files.writeString(root.resolve("glossary.yaml"), GLOSSARY);
        String lesson = TestCourse.LESSON.replace("# Заголовок", "# Заголовок\n\nЕкінші талпыныстар.");
        String quiz = TestCourse.QUIZ
                .replace(
                        "text: {ru: Вопрос, uk: Питання, kk: Сұрақ}",
                        "text: {ru: Вопрос, uk: Питання, kk: Бірінші талпыныс}")
                .replace(
                        "text: {ru: Пары, uk: Пари, kk: Жұптар}",
                        "text:\n      ru: |\n        Пары\n"
                                + "        второй заход\n      uk: Пари\n      kk: Жұптар");
        TestCourse.write(
                root.resolve("courses/property-course"),
                TestCourse.utf8(TestCourse.COURSE),
                TestCourse.utf8(quiz),
                TestCourse.utf8(lesson));
        List<String> errors = ContentChecker.check(ContentReader.read(root)).stream()
                .filter(ContentProblem::isError)
                .map(problem -> problem.format(root))
                .toList();
        String kk = ": error: glossary: write 'әрекет' (one go at a quiz), not 'талпыныс'";
        assertEquals(
                List.of(
                        "courses/property-course/quizzes/property-quiz.yaml:10" + kk,
                        "courses/property-course/quizzes/property-quiz.yaml:23: error: glossary: write 'попытка' (one go at a "
                                + "quiz), not 'заход'",
                        "courses/property-course/lessons/only-lesson/kk.md:9" + kk),
                errors);
    }

    @Test
    void the_interface_uses_the_glossary_words() throws Exception {
        List<ContentProblem> problems = new ArrayList<>();
        Glossary glossary = Glossary.read(Path.of("content/glossary.yaml"), problems);
        assertEquals(List.of(), problems);
        assertTrue(!glossary.isEmpty(), "content/glossary.yaml has variants to avoid");
        List<String> found = new ArrayList<>();
        for (String language : ContentReader.LANGUAGES) {
            Properties messages = messages(language);
            for (String key : messages.stringPropertyNames()) {
                glossary.findings(language, messages.getProperty(key))
                        .forEach(finding -> found.add(language + " " + key + ": " + finding.message()));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void true_and_false_buttons_differ_from_the_right_and_wrong_marks() throws Exception {
        for (String language : ContentReader.LANGUAGES) {
            Properties messages = messages(language);
            String correct = messages.getProperty("quiz.review.correct").replaceAll("\\p{P}+$", "");
            assertNotEquals(correct, messages.getProperty("quiz.true"), language);
            assertNotEquals(correct, messages.getProperty("quiz.false"), language);
        }
    }

    private static Properties messages(String language) throws Exception {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/messages/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
