package org.kolo.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kolo.quizzes.Question.Item;
import org.kolo.quizzes.Question.Option;
import org.kolo.quizzes.Question.Pair;

class GraderTest {

    private static final Map<String, String> TEXT = Map.of("ru", "т");

    @Test
    void single_choice_is_all_or_nothing() {
        Question q = choice(QuestionType.SINGLE, true, "a", "b");
        assertEquals(2.0, Grader.score(q, option("a")));
        assertEquals(0.0, Grader.score(q, option("b")));
        assertEquals(0.0, Grader.score(q, null));
    }

    @Test
    void multiple_choice_gives_partial_credit_for_right_ticks_minus_wrong_ones() {
        Question q = choice(QuestionType.MULTIPLE, true, "a", "b", "c");
        assertEquals(2.0, Grader.score(q, options("a", "b")));
        assertEquals(1.0, Grader.score(q, options("a")));
        assertEquals(0.0, Grader.score(q, options("a", "c")));
        assertEquals(0.0, Grader.score(q, options("c")), "never below nothing");
        assertTrue(Grader.isCorrect(q, options("b", "a")));
        assertFalse(Grader.isCorrect(q, options("a")));
    }

    @Test
    void multiple_choice_without_partial_credit_needs_exactly_the_right_set() {
        Question q = choice(QuestionType.MULTIPLE, false, "a", "b", "c");
        assertEquals(2.0, Grader.score(q, options("a", "b")));
        assertEquals(0.0, Grader.score(q, options("a")));
        assertEquals(0.0, Grader.score(q, options("a", "b", "c")));
    }

    @Test
    void true_false_compares_the_value() {
        Question q = new Question(
                "tf",
                QuestionType.TRUE_FALSE,
                1,
                TEXT,
                Map.of(),
                false,
                List.of(),
                false,
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                Map.of());
        assertEquals(1.0, Grader.score(q, new Answer(null, null, false, null, null, null)));
        assertEquals(0.0, Grader.score(q, new Answer(null, null, true, null, null, null)));
    }

    @Test
    void matching_counts_the_share_of_pairs_or_all_of_them() {
        Question partial = matching(true);
        Map<String, String> twoOfThree = Map.of("p1", "p1", "p2", "p3", "p3", "p2");
        assertEquals(1.0 / 3, Grader.score(partial, pairs(twoOfThree)), 1e-9);
        assertEquals(1.0, Grader.score(partial, pairs(Map.of("p1", "p1", "p2", "p2", "p3", "p3"))));
        assertEquals(0.0, Grader.score(matching(false), pairs(Map.of("p1", "p1", "p2", "p2"))));
    }

    @Test
    void ordering_is_all_or_nothing_unless_partial_credit_counts_items_in_place() {
        Question all = ordering(false);
        assertEquals(1.0, Grader.score(all, order("i1", "i2", "i3", "i4")));
        assertEquals(0.0, Grader.score(all, order("i1", "i2", "i4", "i3")));
        assertEquals(0.5, Grader.score(ordering(true), order("i1", "i2", "i4", "i3")));
    }

    @Test
    void short_answers_ignore_case_spaces_apostrophes_final_dots_and_yo() {
        Question q = new Question(
                "s",
                QuestionType.SHORT,
                1,
                TEXT,
                Map.of(),
                false,
                List.of(),
                null,
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                Map.of("ru", List.of("Адвокат", "защитник"), "uk", List.of("пам’ять"), "kk", List.of("Қорғаушы")));
        for (String given : List.of(
                "адвокат",
                "  АДВОКАТ. ",
                "защитник",
                "пам'ять",
                "памʼять",
                "память",
                "ПАМ`ЯТЬ",
                "қорғаушы",
                "ҚОРҒАУШЫ!")) {
            assertEquals(1.0, Grader.score(q, text(given)), given);
        }
        assertEquals(0.0, Grader.score(q, text("судья")));
        assertEquals(0.0, Grader.score(q, text("   ")));
        assertEquals(Grader.normalised("Ёлка  зелёная"), Grader.normalised("елка зеленая"));
    }

    @Test
    void an_answer_that_does_not_fit_the_question_is_named_and_scores_nothing() {
        Question single = choice(QuestionType.SINGLE, true, "a", "b");
        assertEquals(Optional.of("unknown-option"), AnswerCheck.problem(single, option("z")));
        assertEquals(Optional.of("wrong-answer-type"), AnswerCheck.problem(single, options("a")));
        assertEquals(
                Optional.of("wrong-answer-type"),
                AnswerCheck.problem(single, new Answer("a", List.of("a"), null, null, null, null)));
        assertEquals(
                Optional.of("unknown-option"),
                AnswerCheck.problem(choice(QuestionType.MULTIPLE, true, "a", "b"), options("a", "a")));
        assertEquals(Optional.of("unknown-option"), AnswerCheck.problem(ordering(false), order("i1", "i2")));
        assertEquals(Optional.of("unknown-option"), AnswerCheck.problem(matching(true), pairs(Map.of("p1", "zz"))));
        assertEquals(
                Optional.of("answer-too-long"),
                AnswerCheck.problem(
                        new Question(
                                "s",
                                QuestionType.SHORT,
                                1,
                                TEXT,
                                Map.of(),
                                false,
                                List.of(),
                                null,
                                Map.of(),
                                Map.of(),
                                List.of(),
                                List.of(),
                                Map.of()),
                        text("я".repeat(201))));
        assertEquals(0.0, Grader.score(single, option("z")));
    }

    @Test
    void the_best_or_the_last_submitted_attempt_counts() {
        QuizAttempt first = attempt(1, 90);
        QuizAttempt second = attempt(2, 40);
        QuizAttempt open = attempt(3, 0);
        open.submittedAt = null;
        List<QuizAttempt> attempts = List.of(first, second, open);
        assertEquals(
                first, QuizResults.counted(quiz(Quiz.Counts.HIGHEST), attempts).orElseThrow());
        assertEquals(
                second, QuizResults.counted(quiz(Quiz.Counts.LAST), attempts).orElseThrow());
    }

    private static QuizAttempt attempt(int number, double percent) {
        QuizAttempt attempt = new QuizAttempt();
        attempt.number = number;
        attempt.percent = java.math.BigDecimal.valueOf(percent);
        attempt.submittedAt = java.time.Instant.now();
        return attempt;
    }

    private static Quiz quiz(Quiz.Counts counts) {
        return new Quiz(
                "q",
                "c",
                1,
                TEXT,
                Map.of(),
                70,
                0,
                counts,
                null,
                Quiz.Feedback.AFTER_SUBMIT,
                3,
                false,
                true,
                null,
                List.of());
    }

    private static Question choice(QuestionType type, boolean partial, String... ids) {
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            boolean correct = type == QuestionType.SINGLE ? i == 0 : i < 2;
            options.add(new Option(ids[i], correct, TEXT, Map.of()));
        }
        return new Question(
                "c", type, 2, TEXT, Map.of(), partial, options, null, Map.of(), Map.of(), List.of(), List.of(),
                Map.of());
    }

    private static Question matching(boolean partial) {
        return new Question(
                "m",
                QuestionType.MATCHING,
                1,
                TEXT,
                Map.of(),
                partial,
                List.of(),
                null,
                Map.of(),
                Map.of(),
                List.of(new Pair("p1", TEXT, TEXT), new Pair("p2", TEXT, TEXT), new Pair("p3", TEXT, TEXT)),
                List.of(),
                Map.of());
    }

    private static Question ordering(boolean partial) {
        return new Question(
                "o",
                QuestionType.ORDERING,
                1,
                TEXT,
                Map.of(),
                partial,
                List.of(),
                null,
                Map.of(),
                Map.of(),
                List.of(),
                List.of(new Item("i1", TEXT), new Item("i2", TEXT), new Item("i3", TEXT), new Item("i4", TEXT)),
                Map.of());
    }

    private static Answer option(String id) {
        return new Answer(id, null, null, null, null, null);
    }

    private static Answer options(String... ids) {
        return new Answer(null, List.of(ids), null, null, null, null);
    }

    private static Answer pairs(Map<String, String> pairs) {
        return new Answer(null, null, null, pairs, null, null);
    }

    private static Answer order(String... ids) {
        return new Answer(null, null, null, null, List.of(ids), null);
    }

    private static Answer text(String text) {
        return new Answer(null, null, null, null, null, text);
    }
}
