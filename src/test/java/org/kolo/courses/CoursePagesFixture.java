package org.kolo.courses;

import static org.kolo.content.TestCourse.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.kolo.content.TestCourse;

/**
 * Content of the page tests' own: the shipped countries, cities and glossary, and instead of the shipped courses a
 * public one of five lessons in two modules, a members-only one of three and a public one of one.
 */
final class CoursePagesFixture {

    static final String PUBLIC = "pages-public";
    static final String MEMBERS = "pages-members";
    static final String SINGLE = "pages-single";
    static final String FIRST_LESSON = "/courses/" + PUBLIC + "/" + PUBLIC + "-1";

    static final Map<String, String> PUBLIC_TITLES = Map.of(
            "ru", "Права на улице", "uk", "Права на вулиці", "kk", "Көшедегі құқықтар", "en", "Rights in the street");
    static final Map<String, String> LESSON_TEXTS = Map.of(
            "ru", "Русский текст урока о проверке документов.",
            "uk", "Український текст уроку про перевірку документів.",
            "kk", "Құжаттарды тексеру туралы қазақша сабақ мәтіні.");
    static final String SECOND_MODULE_RU = "Модуль о задержании";

    private CoursePagesFixture() {}

    static Path write(Path temp) throws Exception {
        Path content = TestCourse.copyOf(Path.of("content"), temp.resolve("content"));
        TestCourse.deleteTree(content.resolve("courses"));
        Path courses = Files.createDirectories(content.resolve("courses"));
        course(courses.resolve(PUBLIC), PUBLIC, "public", 5, PUBLIC_TITLES);
        course(
                courses.resolve(MEMBERS),
                MEMBERS,
                "members",
                3,
                Map.of("ru", "Закрытый", "uk", "Закритий", "kk", "Жабық"));
        course(courses.resolve(SINGLE), SINGLE, "public", 1, Map.of("ru", "Один", "uk", "Один", "kk", "Бір"));
        return content;
    }

    private static void course(Path folder, String id, String access, int lessons, Map<String, String> titles)
            throws Exception {
        String[] ids =
                IntStream.rangeClosed(1, lessons).mapToObj(i -> id + "-" + i).toArray(String[]::new);
        int split = Math.max(1, ids.length - 2);
        String yaml = """
                id: %s
                version: 1
                access: %s
                languages: [ru, uk, kk]
                optional-languages: [en]
                title: %s
                summary: {ru: Кратко, uk: Коротко, kk: Қысқаша}
                neutral-title: {ru: Курс, uk: Курс, kk: Курс}
                modules:
                  - id: first-module
                    title: {ru: Первый модуль, uk: Перший модуль, kk: Бірінші модуль}
                    lessons: [%s]
                """.formatted(id, access, flow(titles), String.join(", ", java.util.Arrays.copyOf(ids, split)));
        if (split < ids.length) {
            yaml += """
                      - id: second-module
                        title: {ru: %s, uk: Модуль про затримання, kk: Ұстау туралы модуль}
                        lessons: [%s]
                    """.formatted(
                            SECOND_MODULE_RU, String.join(", ", java.util.Arrays.copyOfRange(ids, split, ids.length)));
        }
        Files.createDirectories(folder);
        Files.write(folder.resolve("course.yaml"), utf8(yaml));
        for (String lesson : ids) {
            TestCourse.writeLesson(
                    folder,
                    lesson,
                    Map.of(
                            "ru", lesson("Урок", LESSON_TEXTS.get("ru")),
                            "uk", lesson("Урок", LESSON_TEXTS.get("uk")),
                            "kk", lesson("Сабақ", LESSON_TEXTS.get("kk"))));
        }
    }

    private static String lesson(String title, String text) {
        return "---\ntitle: " + title + "\nminutes: 7\n---\n\n# " + title + "\n\n" + text + "\n\n" + TestCourse.WORDS;
    }

    private static String flow(Map<String, String> texts) {
        StringBuilder yaml = new StringBuilder("{");
        texts.forEach((language, text) -> yaml.append(yaml.length() > 1 ? ", " : "")
                .append(language)
                .append(": ")
                .append(text));
        return yaml.append("}").toString();
    }
}
