package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class QuizYamlWriterTest {

    private final String yaml = QuizYamlWriter.write(new ImportedQuiz(
            "sample-quiz",
            "ru",
            "Проверьте себя: полиция",
            GiftParser.parse(ImportFiles.read("sample.gift"), "ru").questions()));
    private final Map<String, Object> quiz = new Yaml().load(yaml);

    @Test
    void the_quiz_settings_are_written_with_their_defaults() {
        assertEquals("sample-quiz", quiz.get("id"));
        assertEquals(1, quiz.get("version"));
        assertEquals(Map.of("ru", "Проверьте себя: полиция"), quiz.get("title"));
        assertEquals(70, quiz.get("pass-mark"));
        assertEquals(0, quiz.get("attempts"));
        assertEquals("highest", quiz.get("counts"));
        assertEquals("after-submit", quiz.get("feedback"));
        assertEquals(3, quiz.get("per-page"));
        assertEquals(false, quiz.get("required"));
        assertTrue(yaml.startsWith("id: sample-quiz\nversion: 1\n"), yaml);
    }

    @Test
    void cyrillic_is_written_as_it_is_and_multiline_texts_as_blocks() {
        assertTrue(yaml.contains("Вас задержали."), yaml);
        assertFalse(yaml.contains("\\u"), yaml);
        assertTrue(yaml.contains("ru: |-\n        Обыск можно проводить\n        без понятых."), yaml);
    }

    @Test
    void a_single_choice_question_reads_back_with_option_ids_in_order() {
        Map<String, Object> question = question(0);
        assertEquals("pravo-na-zvonok", question.get("id"));
        assertEquals("single", question.get("type"));
        assertEquals(1, question.get("points"));
        assertEquals(Map.of("ru", "Право на звонок есть у каждого задержанного."), question.get("explanation"));
        assertEquals(
                List.of(
                        Map.of(
                                "id",
                                "a",
                                "correct",
                                true,
                                "text",
                                Map.of("ru", "Позвонить адвокату или близким"),
                                "feedback",
                                Map.of("ru", "Да: это ваше право с момента задержания.")),
                        Map.of(
                                "id",
                                "b",
                                "text",
                                Map.of("ru", "Подписать протокол, не читая"),
                                "feedback",
                                Map.of("ru", "Нет: сначала прочитайте.")),
                        Map.of("id", "c", "text", Map.of("ru", "Молчать и ничего не просить"))),
                question.get("options"));
    }

    @Test
    void the_other_types_read_back_in_the_documented_shape() {
        assertEquals(true, question(1).get("answer"));
        assertEquals(Map.of("ru", "Иә, дұрыс."), question(1).get("feedback-true"));
        assertEquals(Map.of("ru", "Жоқ, бұл дұрыс."), question(1).get("feedback-false"));
        assertEquals("multiple", question(3).get("type"));
        assertEquals(true, question(3).get("partial-credit"));
        assertEquals("matching", question(4).get("type"));
        assertEquals(
                Map.of("id", "p1", "left", Map.of("ru", "Право на защиту"), "right", Map.of("ru", "статья 14")),
                ((List<?>) question(4).get("pairs")).get(0));
        assertEquals("short", question(5).get("type"));
        assertEquals(Map.of("ru", List.of("пам'ять", "память")), question(5).get("accepted"));
    }

    @Test
    void yaml_special_characters_in_texts_survive_the_round_trip() {
        Map<String, Object> escapes = question(7);
        List<?> options = (List<?>) escapes.get("options");
        assertEquals(Map.of("ru", "a ~ b = c { d } e : f # g"), ((Map<?, ?>) options.get(0)).get("text"));
        assertEquals(Map.of("ru", "a\\b"), ((Map<?, ?>) options.get(1)).get("text"));
    }

    @Test
    void texts_that_yaml_would_read_as_other_types_stay_strings() {
        ImportedQuestion question = new ImportedQuestion.ShortAnswer(
                "numbers", "yes", "null", List.of("1822", "true", "- dash", "key: value", "#hash", "'quoted'"));
        Map<String, Object> read =
                new Yaml().load(QuizYamlWriter.write(new ImportedQuiz("odd-texts", "en", "no", List.of(question))));
        Map<?, ?> written = (Map<?, ?>) ((List<?>) read.get("questions")).get(0);
        assertEquals(Map.of("en", "yes"), written.get("text"));
        assertEquals(Map.of("en", "null"), written.get("explanation"));
        assertEquals(
                Map.of("en", List.of("1822", "true", "- dash", "key: value", "#hash", "'quoted'")),
                written.get("accepted"));
        assertEquals(Map.of("en", "no"), read.get("title"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> question(int index) {
        return ((List<Map<String, Object>>) quiz.get("questions")).get(index);
    }
}
