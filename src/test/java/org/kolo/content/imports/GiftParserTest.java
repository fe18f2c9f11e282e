package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.content.imports.ImportedQuestion.Choice;
import org.kolo.content.imports.ImportedQuestion.Matching;
import org.kolo.content.imports.ImportedQuestion.ShortAnswer;
import org.kolo.content.imports.ImportedQuestion.TrueFalse;

class GiftParserTest {

    private final ImportResult sample = GiftParser.parse(ImportFiles.read("sample.gift"), "ru");

    @Test
    void every_supported_question_of_the_sample_is_imported_without_problems_but_the_category_note() {
        assertEquals(
                List.of(
                        "pravo-na-zvonok",
                        "quqyq",
                        "obysk-bez-ponyatykh",
                        "kakiye-dokumenty",
                        "question-5",
                        "question-6",
                        "question-7",
                        "escapes"),
                sample.questions().stream().map(ImportedQuestion::id).toList());
        assertEquals(List.of(ImportProblem.note(2, "category '$course$/Права человека' ignored")), sample.problems());
    }

    @Test
    void single_choice_keeps_the_right_option_its_feedback_and_the_general_feedback() {
        Choice choice = (Choice) sample.questions().get(0);
        assertFalse(choice.multiple());
        assertEquals("Вас задержали. Что вы вправе сделать в первую очередь?", choice.text());
        assertEquals("Право на звонок есть у каждого задержанного.", choice.explanation());
        assertEquals(
                List.of(
                        new ImportedOption(
                                "Позвонить адвокату или близким", true, "Да: это ваше право с момента задержания."),
                        new ImportedOption("Подписать протокол, не читая", false, "Нет: сначала прочитайте."),
                        new ImportedOption("Молчать и ничего не просить", false, null)),
                choice.options());
    }

    @Test
    void true_false_feedback_follows_moodle_first_for_a_wrong_answer_then_for_the_right_one() {
        TrueFalse isTrue = (TrueFalse) sample.questions().get(1);
        assertTrue(isTrue.answer());
        assertEquals("Полиция сізді ұстады.", isTrue.text());
        assertEquals("Иә, дұрыс.", isTrue.feedbackTrue());
        assertEquals("Жоқ, бұл дұрыс.", isTrue.feedbackFalse());

        TrueFalse isFalse = (TrueFalse) sample.questions().get(2);
        assertFalse(isFalse.answer());
        assertEquals("Нет: понятые обязательны.", isFalse.feedbackTrue());
        assertEquals("Верно.", isFalse.feedbackFalse());
    }

    @Test
    void a_question_over_several_lines_keeps_its_lines_without_the_comments_or_format_marker() {
        assertEquals(
                "Обыск можно проводить\nбез понятых.", sample.questions().get(2).text());
        assertEquals(
                "Какие документы\nможет потребовать полицейский?",
                sample.questions().get(3).text());
    }

    @Test
    void equal_weights_make_a_multiple_choice_whose_penalty_kolo_grades_the_same_way() {
        Choice choice = (Choice) sample.questions().get(3);
        assertTrue(choice.multiple());
        assertEquals(
                List.of(true, true, false),
                choice.options().stream().map(ImportedOption::correct).toList());
    }

    @Test
    void matching_pairs_keep_their_order() {
        Matching matching = (Matching) sample.questions().get(4);
        assertEquals(
                List.of(
                        new ImportedPair("Право на защиту", "статья 14"),
                        new ImportedPair("Право на молчание", "статья 51")),
                matching.pairs());
    }

    @Test
    void short_answer_accepts_each_answer_as_written() {
        ShortAnswer shortAnswer = (ShortAnswer) sample.questions().get(5);
        assertEquals(List.of("пам'ять", "память"), shortAnswer.accepted());
        assertNull(shortAnswer.explanation());
    }

    @Test
    void answers_inside_the_text_leave_a_blank() {
        Choice missingWord = (Choice) sample.questions().get(6);
        assertEquals("Задержанный имеет право на _____ в первые три часа.", missingWord.text());
        assertEquals("один звонок", missingWord.options().get(1).text());
        assertTrue(missingWord.options().get(1).correct());
    }

    @Test
    void escaped_characters_are_text_and_a_double_backslash_is_one() {
        Choice escapes = (Choice) sample.questions().get(7);
        assertEquals("Which of these is written with a tilde ~ and an equals sign =?", escapes.text());
        assertEquals("a ~ b = c { d } e : f # g", escapes.options().get(0).text());
        assertEquals("a\\b", escapes.options().get(1).text());
    }

    @Test
    void a_short_answer_without_equals_sign_is_accepted_like_moodle_does() {
        ImportResult result = GiftParser.parse("Capital of Kazakhstan? {Astana}", "en");
        assertEquals(List.of("Astana"), ((ShortAnswer) result.questions().get(0)).accepted());
    }

    @Test
    void a_category_followed_by_a_question_without_blank_line_keeps_the_question() {
        ImportResult result = GiftParser.parse("$CATEGORY: tests\n::Q1:: Sky is blue {T}", "en");
        assertEquals(1, result.questions().size());
        assertEquals("question-1", result.questions().get(0).id());
    }

    @Test
    void the_same_name_twice_gets_a_numbered_id() {
        ImportResult result = GiftParser.parse("::Rights:: One {T}\n\n::Rights:: Two {F}", "en");
        assertEquals(
                List.of("rights", "rights-2"),
                result.questions().stream().map(ImportedQuestion::id).toList());
    }

    @Test
    void windows_line_ends_are_lines_too() {
        ImportResult result = GiftParser.parse("One\r\n{T}\r\n\r\nTwo {F}\r\n", "en");
        assertEquals(
                List.of("One", "Two"),
                result.questions().stream().map(ImportedQuestion::text).toList());
    }
}
