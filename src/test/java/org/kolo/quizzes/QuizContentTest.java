package org.kolo.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolo.content.ContentChecker;
import org.kolo.content.ContentReader;
import org.kolo.content.ContentSet;

class QuizContentTest {

    private static final Path ROOT = Path.of("src/test/resources/quiz-content").toAbsolutePath();
    private static List<String> problems;

    @BeforeAll
    static void check() {
        ContentSet content = ContentReader.read(ROOT);
        problems =
                ContentChecker.check(content).stream().map(p -> p.format(ROOT)).toList();
    }

    @Test
    void a_valid_quiz_is_read_with_its_defaults() {
        Quiz quiz = ContentReader.read(ROOT).courses().get(0).quizzes().stream()
                .filter(q -> q.id().equals("good-quiz"))
                .findFirst()
                .orElseThrow();
        assertEquals(70, quiz.passMark());
        assertEquals(Quiz.Counts.HIGHEST, quiz.counts());
        assertEquals(Quiz.Feedback.AFTER_SUBMIT, quiz.feedback());
        assertEquals(Boolean.TRUE, quiz.questions().get(0).answer());
        assertTrue(problems.stream().noneMatch(p -> p.contains("good-quiz.yaml")), problems.toString());
    }

    @Test
    void every_quiz_error_is_reported_at_its_line() {
        String file = "courses/quizzed/quizzes/broken-quiz.yaml:";
        expect(file + "3: error: title: missing translation in kk");
        expect(file + "4: error: pass-mark must be a whole number from 0 to 100, not '150'");
        expect(file + "5: error: counts must be one of highest, last, not 'best'");
        expect(file + "6: error: draw 9 is more than the 5 questions");
        expect(file + "12: error: question 'two-right': single choice needs exactly one correct option, not 2");
        expect(file + "14: error: duplicate question id 'two-right'");
        expect(file + "15: error: question 'two-right': unknown type 'essay' (single, multiple, true-false, "
                + "matching, ordering, short)");
        expect(file + "21: error: question 'none-right': no option is correct");
        expect(file + "22: error: question 'none-right': duplicate id 'a' in options");
        expect(file + "25: error: question 'maybe': answer must be true or false");
        expect(file + "31: error: question 'lonely-pair': pairs needs 2 to 8 entries, not 1");
        expect(file + "35: error: question 'short-one': accepted answers missing in kk");
        expect("courses/quizzed/quizzes/notes.txt:1: error: only quiz files (id.yaml) belong in quizzes/");
    }

    @Test
    void course_references_to_quizzes_must_exist_in_the_course() {
        expect("courses/quizzed/course.yaml:1: error: completion names quiz 'no-such-quiz', which is not in this "
                + "course's quizzes/");
        expect("courses/quizzed/course.yaml:1: error: tests names quiz 'missing-after', which is not in this "
                + "course's quizzes/");
    }

    private static void expect(String line) {
        assertTrue(problems.contains(line), "missing: " + line + "\nin:\n" + String.join("\n", problems));
    }
}
