package org.kolo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests before and after a course are parallel forms: different questions, the same goals. */
class ParallelFormsTest {

    private static final String COURSE = TestCourse.COURSE.replace(
            "tests: {before: property-quiz}", "tests: {before: property-quiz, after: after-quiz}");
    private static final String BEFORE = TestCourse.QUIZ
            .replace("type: single\n", "type: single\n    goal: phone\n")
            .replace("type: true-false\n", "type: true-false\n    goal: search\n")
            .replace("type: matching\n", "type: matching\n    goal: courts\n");

    @TempDir
    Path root;

    @Test
    void different_questions_on_the_same_goals_pass() throws Exception {
        assertEquals(
                List.of(),
                errors(BEFORE.replace("id: property-quiz", "id: after-quiz")
                        .replace("- id: one", "- id: one-b")
                        .replace("- id: two", "- id: two-b")
                        .replace("- id: three", "- id: three-b")
                        .replace("Вопрос,", "Другой вопрос,")
                        .replace("Верно?", "Правда ли?")
                        .replace("{ru: Пары,", "{ru: Другие пары,")));
    }

    @Test
    void a_shared_id_a_shared_text_and_a_missing_goal_are_errors() throws Exception {
        String after = BEFORE.replace("id: property-quiz", "id: after-quiz")
                .replace("- id: two", "- id: two-b")
                .replace("- id: three", "- id: three-b")
                .replace("{ru: Пары,", "{ru: Другие пары,")
                .replace("    goal: courts\n", "");
        assertEquals(
                List.of(
                        "courses/property-course/quizzes/after-quiz.yaml:8: error: question 'one' is in the test before too: "
                                + "the after-test asks different questions",
                        "courses/property-course/quizzes/after-quiz.yaml:8: error: question 'one' has the same text as 'one' in "
                                + "the test before",
                        "courses/property-course/quizzes/after-quiz.yaml:15: error: question 'two-b' has the same text as "
                                + "'two' in the test before",
                        "courses/property-course/quizzes/after-quiz.yaml:20: error: question 'three-b' has no goal: in "
                                + "parallel forms every question has one",
                        "courses/property-course/quizzes/after-quiz.yaml:1: error: the two forms cover different goals: only "
                                + "before [courts], only after []"),
                errors(after));
    }

    @Test
    void the_same_quiz_before_and_after_is_an_error() throws Exception {
        TestCourse.write(
                root.resolve("courses/property-course"),
                TestCourse.utf8(TestCourse.COURSE.replace(
                        "tests: {before: property-quiz}", "tests: {before: property-quiz, after: property-quiz}")),
                TestCourse.utf8(BEFORE),
                TestCourse.utf8(TestCourse.LESSON));
        assertEquals(
                List.of("courses/property-course/course.yaml:1: error: tests: before and after must be two "
                        + "quizzes, parallel forms with different questions on the same goals"),
                errorsIn(root));
    }

    private List<String> errors(String after) throws Exception {
        Path course = root.resolve("courses/property-course");
        TestCourse.write(course, TestCourse.utf8(COURSE), TestCourse.utf8(BEFORE), TestCourse.utf8(TestCourse.LESSON));
        Files.writeString(course.resolve("quizzes/after-quiz.yaml"), after);
        return errorsIn(root);
    }

    private static List<String> errorsIn(Path root) {
        return ContentChecker.check(ContentReader.read(root)).stream()
                .filter(ContentProblem::isError)
                .map(problem -> problem.format(root))
                .toList();
    }
}
