package org.kolo.content;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** A small valid course that tests write for themselves (never the shipped text): a module, a lesson, a quiz. */
public final class TestCourse {

    public static final String COURSE = """
            id: property-course
            version: 1
            order: 3
            access: members
            languages: [ru, uk, kk]
            optional-languages: [en]
            title: {ru: Курс, uk: Курс, kk: Курс}
            summary:
              ru: "Кратко: о правах"
              uk: Коротко
              kk: Қысқаша
            certificate:
              hours: 1.5
              valid-months: 12
            completion:
              lessons: all
              quizzes: [property-quiz]
            tests: {before: property-quiz}
            modules:
              - id: only-module
                title: {ru: Модуль, uk: Модуль, kk: Модуль}
                lessons: [only-lesson]
            """;
    public static final String QUIZ = """
            id: property-quiz
            version: 2
            title: {ru: Тест, uk: Тест, kk: Тест}
            pass-mark: 70
            draw: 2
            time-limit: 10
            questions:
              - id: one
                type: single
                text: {ru: Вопрос, uk: Питання, kk: Сұрақ}
                options:
                  - {id: a, correct: true, text: {ru: Да, uk: Так, kk: Иә}}
                  - {id: b, text: {ru: Нет, uk: Ні, kk: Жоқ}}
              - id: two
                type: true-false
                answer: false
                text: {ru: "Верно?", uk: "Правда?", kk: "Рас па?"}
              - id: three
                type: matching
                text: {ru: Пары, uk: Пари, kk: Жұптар}
                pairs:
                  - {id: p, left: {ru: а, uk: а, kk: а}, right: {ru: б, uk: б, kk: б}}
                  - {id: q, left: {ru: в, uk: в, kk: в}, right: {ru: г, uk: г, kk: г}}
            """;
    /** Enough words for a lesson to pass the checker (a lesson has 400-1200). */
    public static final String WORDS = "слово ".repeat(450) + "\n";

    public static final String LESSON = """
            ---
            title: "Урок: права"
            minutes: 5
            ---

            # Заголовок

            Текст с [ссылкой](https://example.org/a?b=c "t") и [уроком](lesson:only-lesson), ![схема](images/x.png)
            и видео ![видео](media:m-abc123).

            > цитата *курсив* **жирный** `код`

            1. раз
            2. два

            | a | b |
            |---|---|
            """ + WORDS;

    private TestCourse() {}

    /** The course under {@code folder} (named as its id), with its image; uk and kk are marked translated from ru. */
    public static void write(Path folder, byte[] course, byte[] quiz, byte[] lesson) throws Exception {
        write(folder, "only-lesson", course, Map.of("property-quiz", quiz), lesson);
    }

    /** A course under {@code folder} with one lesson of this id and these quizzes (by id), and its image. */
    public static void write(Path folder, String lessonId, byte[] course, Map<String, byte[]> quizzes, byte[] lesson)
            throws Exception {
        Files.createDirectories(folder.resolve("quizzes"));
        Files.createDirectories(folder.resolve("images"));
        Path lessons = folder.resolve("lessons/" + lessonId);
        Files.createDirectories(lessons);
        Files.write(folder.resolve("course.yaml"), course);
        for (Map.Entry<String, byte[]> quiz : quizzes.entrySet()) {
            Files.write(folder.resolve("quizzes/" + quiz.getKey() + ".yaml"), quiz.getValue());
        }
        ImageIO.write(
                new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB),
                "png",
                folder.resolve("images/x.png").toFile());
        Files.write(lessons.resolve("ru.md"), lesson);
        for (String language : List.of("uk", "kk")) {
            Files.write(lessons.resolve(language + ".md"), translation(lesson));
        }
    }

    /**
     * A lesson of this id in each language: the Russian text as given, every other one marked as translated from it.
     * Each text starts with its front matter ({@code ---}).
     */
    public static void writeLesson(Path course, String lessonId, Map<String, String> texts) throws IOException {
        Path folder = Files.createDirectories(course.resolve("lessons/" + lessonId));
        byte[] russian = utf8(texts.get("ru"));
        Files.write(folder.resolve("ru.md"), russian);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (!text.getKey().equals("ru")) {
                Files.write(folder.resolve(text.getKey() + ".md"), translationOf(russian, utf8(text.getValue())));
            }
        }
    }

    /** The Russian lesson as its translation: the same text, marked as translated from it. */
    private static byte[] translation(byte[] russian) {
        return translationOf(russian, russian);
    }

    /** A translation's text marked as translated from this Russian one. */
    private static byte[] translationOf(byte[] russian, byte[] text) {
        byte[] fence = utf8("---\n");
        if (!Arrays.equals(text, 0, Math.min(text.length, fence.length), fence, 0, fence.length)) {
            return text;
        }
        byte[] mark =
                utf8("---\ntranslated-from: " + ContentReader.sha256(russian).substring(0, 12) + "\n");
        byte[] translation = Arrays.copyOf(mark, mark.length + text.length - fence.length);
        System.arraycopy(text, fence.length, translation, mark.length, text.length - fence.length);
        return translation;
    }

    /** The shipped content with this course added as {@code property-course}, in a copy under {@code temp}. */
    public static Path realContentWith(Path temp, String course, String quiz) throws Exception {
        return realContentWith(temp, course, quiz, LESSON);
    }

    /** Like {@link #realContentWith(Path, String, String)}, with a lesson of the test's own. */
    public static Path realContentWith(Path temp, String course, String quiz, String lesson) throws Exception {
        Path content = copyOf(Path.of("content"), temp.resolve("content"));
        write(content.resolve("courses/property-course"), utf8(course), utf8(quiz), utf8(lesson));
        return content;
    }

    /** A copy of a content folder, to change without touching the original. */
    public static Path copyOf(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** Loads a content folder into Kolo and fails the test, naming the problems, if any course is refused. */
    public static void load(ContentLoader loader, Path content) {
        LoadReport report = loader.load(content);
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(),
                report.coursesRefused(),
                () -> "the test's content loads: "
                        + report.problems().stream()
                                .filter(problem -> report.coursesRefused().stream()
                                        .anyMatch(course -> problem.contains("courses/" + course + "/")))
                                .toList());
    }

    /** Deletes a folder and all it holds. */
    public static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
