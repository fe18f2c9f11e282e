package org.kolo.quizzes;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kolo.content.TestCourse;

/**
 * The attempts tests' own course, added to a copy of the shipped content: a quiz of twelve questions with three
 * attempts of 20 minutes, a quiz with a single attempt, and one that reviews each answer at once.
 */
final class AttemptsCourse {

    static final String QUIZ = "attempts-quiz";
    static final String ONCE = "attempts-once";
    static final String EACH = "attempts-each";
    /** A single-choice question of {@link #QUIZ}: {@code calm} is right, {@code wipe} is wrong. */
    static final String PHONE = "phone";
    /** A true-false question of {@link #QUIZ}. */
    static final String DISCLOSED = "disclosed";

    private static final String COURSE = TestCourse.COURSE
            .replace("id: property-course", "id: attempts-course")
            .replace("quizzes: [property-quiz]", "quizzes: []")
            .replace("tests: {before: property-quiz}\n", "")
            .replace("lessons: [only-lesson]", "lessons: [attempts-lesson]");

    private AttemptsCourse() {}

    /** A copy of the shipped content with the course added (its quizzes known to {@link QuizFixtures}). */
    static Path write(Path temp) throws Exception {
        Path content = TestCourse.copyOf(Path.of("content"), temp.resolve("content"));
        TestCourse.write(
                content.resolve("courses/attempts-course"),
                "attempts-lesson",
                TestCourse.utf8(COURSE),
                Map.of(
                        QUIZ, TestCourse.utf8(quiz(QUIZ, "attempts: 3\ntime-limit: 20\nfeedback: after-submit", 10)),
                        ONCE, TestCourse.utf8(quiz(ONCE, "attempts: 1", 1)),
                        EACH, TestCourse.utf8(quiz(EACH, "attempts: 0\nfeedback: after-each", 3))),
                TestCourse.utf8(TestCourse.LESSON.replace("lesson:only-lesson", "lesson:attempts-lesson")));
        QuizFixtures.know(content);
        return content;
    }

    /** The phone and disclosure questions and {@code more} true-false ones, with these settings. */
    private static String quiz(String id, String settings, int more) {
        String fillers =
                IntStream.rangeClosed(1, more).mapToObj(i -> """
                          - id: statement-%1$d
                            type: true-false
                            answer: true
                            text: {ru: "Утверждение %1$d", uk: "Твердження %1$d", kk: "%1$d-тұжырым"}
                        """.formatted(i)).collect(Collectors.joining());
        return """
                id: %s
                version: 1
                title: {ru: Тест попыток, uk: Тест спроб, kk: Әрекеттер тесті}
                pass-mark: 70
                %s
                questions:
                  - id: phone
                    type: single
                    text: {ru: "Телефон забрали. Что безопаснее?", uk: "Телефон забрали. Що безпечніше?", kk: "Телефонды алды. Не қауіпсіздеу?"}
                    explanation: {ru: Спокойно и без лжи., uk: Спокійно й без брехні., kk: Сабырмен және өтіріксіз.}
                    options:
                      - {id: calm, correct: true, text: {ru: Спокойно, uk: Спокійно, kk: Сабырмен}}
                      - {id: wipe, text: {ru: Стереть, uk: Стерти, kk: Өшіру}}
                  - id: disclosed
                    type: true-false
                    answer: false
                    text: {ru: "Врач может рассказать?", uk: "Лікар може розповісти?", kk: "Дәрігер айта ала ма?"}
                %s""".formatted(id, settings, fillers);
    }
}
