package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.content.imports.ImportedQuestion.Choice;

class AikenParserTest {

    @Test
    void questions_become_single_choice_with_the_answer_letter_marked() {
        ImportResult result = AikenParser.parse(ImportFiles.read("sample.txt"), "kk");
        assertEquals(List.of(), result.problems());
        Choice first = (Choice) result.questions().get(0);
        assertEquals("question-1", first.id());
        assertFalse(first.multiple());
        assertEquals("Что нужно сделать при задержании в первую очередь?", first.text());
        assertEquals(
                List.of(
                        new ImportedOption("Подписать протокол", false, null),
                        new ImportedOption("Позвонить адвокату или близким", true, null),
                        new ImportedOption("Молчать", false, null)),
                first.options());
        Choice second = (Choice) result.questions().get(1);
        assertEquals("Құқық қорғау органы сізден не сұрай алады?", second.text());
        assertEquals(
                List.of(true, false),
                second.options().stream().map(ImportedOption::correct).toList());
    }

    @Test
    void each_broken_question_is_an_error_at_its_line() {
        ImportResult result = AikenParser.parse(ImportFiles.read("broken.txt"), "en");
        assertEquals(
                List.of(
                        ImportProblem.error(1, "no ANSWER line after this question's options"),
                        ImportProblem.error(8, "ANSWER: D is not one of the options A, B"),
                        ImportProblem.error(10, "a question needs at least 2 options, A. and B.")),
                result.problems());
        assertEquals(List.of(), result.questions());
    }

    @Test
    void stray_lines_are_errors_at_their_line() {
        assertEquals(
                List.of(
                        ImportProblem.error(1, "an option without a question before it"),
                        ImportProblem.error(2, "ANSWER without a question before it")),
                AikenParser.parse("A. Alone\nANSWER: A", "en").problems());
        assertEquals(
                List.of(
                        ImportProblem.error(3, "a second option A"),
                        ImportProblem.error(4, "option B has no text"),
                        ImportProblem.error(6, "ANSWER: names no option; give one of A, C")),
                AikenParser.parse("Which?\nA. One\nA. Two\nB.\nC. Three\nANSWER:", "en")
                        .problems());
    }

    @Test
    void html_and_too_many_options_are_unsupported() {
        ImportResult html = AikenParser.parse("Which is <b>bold</b>?\nA. One\nB. Two\nANSWER: A", "en");
        assertEquals(List.of(ImportProblem.leftOut(1, "HTML is not supported in Kolo content: <b>")), html.problems());
        assertEquals(List.of(), html.questions());

        String nine = "Which?\nA. 1\nB. 2\nC. 3\nD. 4\nE. 5\nF. 6\nG. 7\nH. 8\nI. 9\nANSWER: A";
        assertEquals(
                List.of(ImportProblem.leftOut(1, "Kolo allows 2 to 8 options and this question has 9")),
                AikenParser.parse(nine, "en").problems());
    }
}
