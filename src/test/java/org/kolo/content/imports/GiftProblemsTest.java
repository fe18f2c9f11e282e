package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.content.imports.ImportedQuestion.Choice;
import org.kolo.content.imports.ImportedQuestion.Matching;
import org.kolo.content.imports.ImportedQuestion.ShortAnswer;

class GiftProblemsTest {

    @Test
    void each_unsupported_feature_of_the_sample_is_listed_at_its_line() {
        ImportResult result = GiftParser.parse(ImportFiles.read("unsupported.gift"), "en");
        assertEquals(
                List.of(
                        "2: numeric questions are not supported; question left out",
                        "4: essay questions are not supported: Kolo grades every answer itself; question left out",
                        "6: a description without answers in {…} is not a question; question left out",
                        "8: HTML is not supported in Kolo content: <b>; question left out",
                        "10: media is not supported in Kolo quizzes: <img src=\"@@PLUGINFILE@@/sign.png\">; question left out",
                        "13: weights on wrong answers are not kept (-100%): in Kolo each wrong tick takes back one right "
                                + "answer's share",
                        "20: the answer 'Закон' is worth 50% in Moodle; Kolo accepts an answer fully or not at all, so it is "
                                + "left out",
                        "23: feedback on short answers is not kept",
                        "25: several answers are fully right, but a Kolo single-choice question has exactly one; question "
                                + "left out"),
                shown(result));
        assertTrue(result.problems().stream().allMatch(problem -> problem.kind() == ImportProblem.Kind.UNSUPPORTED));
    }

    @Test
    void a_hidden_character_is_an_error_at_its_line_in_either_format() {
        assertEquals(
                List.of("2: hidden character U+001B: remove it (control and invisible characters change how a "
                        + "text reads)"),
                shown(ImportFormat.GIFT.parse("// x\n::a:: Вопрос {\u001B=Да ~Нет}\n", "ru")));
        assertEquals(
                List.of("3: hidden character U+202E: remove it (control and invisible characters change how a "
                        + "text reads)"),
                shown(ImportFormat.AIKEN.parse("Вопрос\nA. Да\nB. \u202EНет\nANSWER: A\n", "ru")));
    }

    @Test
    void unicode_line_separators_end_a_line_as_they_do_in_yaml() {
        ImportResult result = ImportFormat.AIKEN.parse("Сұрақ:\u2029A. Иә\u2028B. Жоқ\nANSWER: A\n", "kk");
        assertEquals(List.of(), shown(result));
        assertEquals("Сұрақ:", result.questions().get(0).text());
    }

    @Test
    void what_is_only_partly_unsupported_is_imported_without_that_part() {
        List<ImportedQuestion> kept =
                GiftParser.parse(ImportFiles.read("unsupported.gift"), "en").questions();
        assertEquals(
                List.of("weights", "partial-short", "short-feedback", "kept"),
                kept.stream().map(ImportedQuestion::id).toList());
        assertEquals(List.of("Конституция"), ((ShortAnswer) kept.get(1)).accepted());
        assertEquals(
                List.of(false, true, true),
                ((Choice) kept.get(0))
                        .options().stream().map(ImportedOption::correct).toList());
    }

    @Test
    void a_weight_on_a_wrong_answer_of_a_single_choice_is_listed() {
        assertEquals(
                List.of("3: weights on wrong answers are not kept (25%, -50%): in Kolo single choice they "
                        + "count as wrong"),
                shown(parse("Who?\n{=Right\n~%25%Almost\n~%-50%Far\n}")));
    }

    @Test
    void unequal_weights_on_right_answers_are_listed() {
        assertEquals(
                List.of("1: unequal weights on right answers are not kept (70%, 30%): in Kolo each right "
                        + "answer counts the same"),
                shown(parse("Which? {~%70%a ~%30%b ~c}")));
    }

    @Test
    void a_penalty_of_one_right_answers_share_is_what_kolo_does_anyway() {
        ImportResult result = parse("Which? {~%33.333%a ~%33.333%b ~%33.334%c ~%-33.333%d}");
        assertEquals(List.of(), result.problems());
        assertTrue(((Choice) result.questions().get(0)).multiple());
    }

    @Test
    void more_than_eight_options_or_pairs_are_left_out() {
        assertEquals(
                List.of("1: Kolo allows 2 to 8 answers and this question has 9; question left out"),
                shown(parse("Which? {=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}")));
        assertEquals(
                List.of("1: Kolo allows 2 to 8 pairs and this question has 9; question left out"),
                shown(parse("Match {=a->1 =b->2 =c->3 =d->4 =e->5 =f->6 =g->7 =h->8 =i->9}")));
    }

    @Test
    void an_extra_right_side_of_a_matching_question_is_listed_and_the_pairs_kept() {
        ImportResult result = parse("Match {\n=a -> 1\n=b -> 2\n= -> 3\n}");
        assertEquals(
                List.of("4: the extra right side '3' is not kept: Kolo offers only the right sides of the pairs"),
                shown(result));
        assertEquals(2, ((Matching) result.questions().get(0)).pairs().size());
    }

    @Test
    void malformed_questions_are_errors_at_their_line() {
        assertErrors("\n\nWhich? {=a ~b", "3: '{' without a closing '}'");
        assertErrors("Which? =a ~b}", "1: '}' without an opening '{'");
        assertErrors(
                "One {T}\nand two {F}",
                "2: a second {…}: a question has one answer block (write \\{ for a brace in the text)");
        assertErrors("Which? {\n=a\n~\n}", "3: an answer without text");
        assertErrors(
                "Which? {~a ~b}",
                "1: no right answer: mark it with = or give the right answers a positive " + "%weight%");
        assertErrors("Which? {=a}\n\nWhich? {~a}", "3: a choice question needs at least 2 answers");
        assertErrors("Match {=a -> 1}", "1: a matching question needs at least 2 pairs");
        assertErrors("Match {\n=a -> 1\n=b ->\n}", "3: a matching pair is written =left -> right");
        assertErrors("{=a ~b}", "1: a question without text");
    }

    private static void assertErrors(String gift, String expected) {
        ImportResult result = parse(gift);
        assertEquals(List.of(expected), shown(result));
        assertEquals(1, result.count(ImportProblem.Kind.ERROR));
    }

    private static ImportResult parse(String gift) {
        return GiftParser.parse(gift, "en");
    }

    private static List<String> shown(ImportResult result) {
        return result.problems().stream()
                .map(problem -> problem.line() + ": " + problem.message())
                .toList();
    }
}
