package org.kolo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.courses.LessonMarkdown;
import org.kolo.testing.Mutations;
import org.kolo.testing.Properties;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Content is written by hand and by tools: whatever a file holds, the reader and the checker answer with problems
 * at lines, and a lesson renders to HTML that runs nothing and links only where Kolo allows.
 */
class ContentPropertiesTest {

    private static final List<String> YAML_TOKENS = List.of(
            ":",
            ": ",
            "- ",
            "-",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "!!binary ",
            "!!python/object ",
            "!!map ",
            "? ",
            "|",
            ">",
            "|-",
            "#",
            "%YAML 1.1\n",
            "---\n",
            "...\n",
            "\t",
            "  ",
            "<<: *a",
            "~",
            "null",
            "true",
            "0x1F",
            "1e5",
            "-7",
            "2.",
            "'",
            "\"",
            "\\x00",
            "@",
            "`");
    private static final List<String> MARKDOWN_TOKENS = List.of(
            "---",
            "\n---\n",
            "[",
            "](",
            ")",
            "![",
            "<",
            ">",
            "<script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "lesson:",
            "media:",
            "images/",
            "https://",
            "http://",
            "data:text/html,",
            "vbscript:",
            "&#106;avascript:",
            "*",
            "_",
            "`",
            "```",
            "#",
            "|",
            "\\",
            "<!--",
            "-->",
            "<a href=\"javascript:x\">",
            "[x]: javascript:y",
            "[x]",
            "\"",
            "'",
            "onmouseover=",
            "    ");
    private static final Mutations YAML_FILES = new Mutations(List.of(TestCourse.COURSE, TestCourse.QUIZ), YAML_TOKENS);
    private static final Mutations LESSONS =
            new Mutations(List.of(TestCourse.LESSON, "---\ntitle: x\n---\n"), MARKDOWN_TOKENS);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final List<String> TAGS = List.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "em",
            "strong",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a",
            "img",
            "br",
            "hr",
            "div");
    private static final List<String> ATTRIBUTES = List.of(
            "href",
            "src",
            "alt",
            "title",
            "loading",
            "decoding",
            "width",
            "height",
            "rel",
            "class",
            "data-media",
            "data-title",
            "start");

    @TempDir
    Path root;

    @Test
    void front_matter_written_from_values_reads_back_as_those_values() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        Yaml writer = new Yaml(options);
        Properties.forAll(
                "front matter round trip", ContentPropertiesTest::values, values -> Stream.empty(), values -> {
                    String yaml = values.isEmpty() ? "" : writer.dump(values);
                    String body = "Текст\n\nещё: текст\n---\n";
                    String text = "---\n" + yaml + "---\n" + body;
                    List<ContentProblem> problems = new ArrayList<>();
                    FrontMatter front =
                            FrontMatter.parse(Path.of("ru.md"), text, problems).orElse(null);
                    assertNotNull(front, () -> text + problems);
                    assertEquals(values, front.values(), text);
                    assertEquals(body, front.body());
                    assertEquals((int) yaml.lines().count() + 3, front.bodyLine());
                });
    }

    @Test
    void any_lesson_text_renders_to_html_that_runs_nothing() {
        Properties.forAll("lesson rendering", LESSONS, Properties::shorter, text -> {
            List<ContentProblem> problems = new ArrayList<>();
            FrontMatter.parse(Path.of("ru.md"), text, problems)
                    .ifPresentOrElse(
                            front -> assertTrue(front.bodyLine() >= 2), () -> assertTrue(problems.size() == 1));
            LessonMarkdown lesson = LessonMarkdown.parse(text);
            lesson.references().forEach(reference -> assertTrue(reference.line() >= 1));
            lesson.rawHtml().forEach(html -> assertTrue(html.line() >= 1));
            assertTrue(lesson.words() >= 0);
            assertSafe(lesson.toHtml(TARGETS));
        });
    }

    @Test
    void any_course_folder_gets_problems_at_lines_and_never_an_exception() throws Exception {
        assertEquals(
                List.of(),
                problemsOf(new Folder(utf8(TestCourse.COURSE), utf8(TestCourse.QUIZ), utf8(TestCourse.LESSON))).stream()
                        .filter(ContentProblem::isError)
                        .toList(),
                "the folder the inputs start from");
        Properties.forAll("course folder", ContentPropertiesTest::folder, folder -> Stream.empty(), folder -> {
            for (ContentProblem problem : problemsOf(folder)) {
                assertTrue(problem.line() >= 1 && !problem.message().isBlank(), problem::toString);
            }
        });
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error_at_the_line_of_its_first_bad_byte() throws Exception {
        byte[] windows1251 = "---\ntitle: x\n---\n\nПрава\n".getBytes("windows-1251");
        byte[] quiz = (TestCourse.QUIZ.replace("Тест, uk", "\u0000, uk") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        quiz[quiz.length - 1] = (byte) 0xC3;
        List<String> problems = problemsOf(new Folder(utf8(TestCourse.COURSE), quiz, windows1251)).stream()
                .map(problem -> problem.format(root))
                .toList();
        assertTrue(
                problems.contains("courses/property-course/lessons/only-lesson/ru.md:5: error: not UTF-8 text: "
                        + "save the file as UTF-8"),
                problems::toString);
        assertTrue(
                problems.contains("courses/property-course/quizzes/property-quiz.yaml:"
                        + (TestCourse.QUIZ.lines().count() + 1) + ": error: not UTF-8 text: save the file as UTF-8"),
                problems::toString);
    }

    @Test
    void front_matter_that_is_not_yaml_is_an_error_at_its_line_with_the_fix() throws Exception {
        String lesson = TestCourse.LESSON.replace("minutes: 5\n", "minutes: 5\ncard: Карточка: выучите\n");
        List<String> shown =
                problemsOf(new Folder(utf8(TestCourse.COURSE), utf8(TestCourse.QUIZ), utf8(lesson))).stream()
                        .map(problem -> problem.format(root))
                        .toList();
        assertTrue(
                shown.contains("courses/property-course/lessons/only-lesson/ru.md:4: error: not valid YAML: mapping "
                        + "values are not allowed here (a value with ': ' in it goes in quotes)"),
                shown::toString);
    }

    @Test
    void files_marked_for_review_are_listed_and_are_no_error() throws Exception {
        String lesson =
                TestCourse.LESSON.replace("minutes: 5\n", "minutes: 5\nreview: ст. 91 УПК РФ, срок задержания\n");
        String quiz = "review: вопрос two, сроки\n" + TestCourse.QUIZ;
        List<ContentProblem> problems = problemsOf(new Folder(utf8(TestCourse.COURSE), utf8(quiz), utf8(lesson)));
        List<String> shown =
                problems.stream().map(problem -> problem.format(root)).toList();
        assertTrue(
                shown.contains("courses/property-course/lessons/only-lesson/ru.md:4: review: for a lawyer to "
                        + "confirm: ст. 91 УПК РФ, срок задержания"),
                shown::toString);
        assertTrue(
                shown.contains("courses/property-course/quizzes/property-quiz.yaml:1: review: for a lawyer to "
                        + "confirm: вопрос two, сроки"),
                shown::toString);
        assertEquals(
                List.of(), problems.stream().filter(ContentProblem::isError).toList());
        List<String> blank = problemsOf(new Folder(
                        utf8(TestCourse.COURSE), utf8("review: ''\n" + TestCourse.QUIZ), utf8(TestCourse.LESSON)))
                .stream()
                .filter(ContentProblem::isError)
                .map(problem -> problem.format(root))
                .toList();
        assertEquals(
                List.of("courses/property-course/quizzes/property-quiz.yaml:1: error: review: say what a lawyer "
                        + "should confirm"),
                blank);
    }

    @Test
    void a_lesson_nested_too_deep_is_refused_by_the_checker() throws Exception {
        String lesson = TestCourse.LESSON + "\n" + ">".repeat(5000) + " глубоко\n";
        List<String> problems =
                problemsOf(new Folder(utf8(TestCourse.COURSE), utf8(TestCourse.QUIZ), utf8(lesson))).stream()
                        .map(problem -> problem.format(root))
                        .toList();
        assertTrue(
                problems.stream()
                        .anyMatch(
                                problem -> problem.equals(
                                        "courses/property-course/lessons/"
                                                + "only-lesson/ru.md:5: error: quotes and lists are nested 5003 deep; a lesson nests at most 32")),
                problems::toString);
    }

    private List<ContentProblem> problemsOf(Folder folder) throws Exception {
        TestCourse.write(root.resolve("courses/property-course"), folder.course(), folder.quiz(), folder.lesson());
        return ContentChecker.check(ContentReader.read(root));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The files of one course: its course.yaml, one quiz, and the one lesson in every language. */
    private record Folder(byte[] course, byte[] quiz, byte[] lesson) {
        @Override
        public String toString() {
            return "course.yaml:\n" + new String(course, java.nio.charset.StandardCharsets.UTF_8) + "\nquiz:\n"
                    + new String(quiz, java.nio.charset.StandardCharsets.UTF_8) + "\nlesson:\n"
                    + new String(lesson, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Folder folder(Random random) {
        int which = random.nextInt(3);
        String course = which == 0 ? YAML_FILES.apply(random) : TestCourse.COURSE;
        String quiz = which == 1 ? YAML_FILES.apply(random) : TestCourse.QUIZ;
        String lesson = which == 2 ? LESSONS.apply(random) : TestCourse.LESSON;
        return new Folder(
                Mutations.bytes(course, random), Mutations.bytes(quiz, random), Mutations.bytes(lesson, random));
    }

    private static Map<String, String> values(Random random) {
        String keyLetters = "abcdefghijklmnopqrstuvwxyz-_0123456789";
        String valueLetters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґABCxyz0123456789 :,.!?«»\"'-#[]{}";
        Map<String, String> values = new LinkedHashMap<>();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String key = "k" + letters(random, keyLetters, 12);
            String value = letters(random, valueLetters, 60).strip();
            boolean quoted = value.length() >= 2
                    && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
            values.put(key, value.equals("---") || quoted ? "x" + value : value);
        }
        return values;
    }

    private static String letters(Random random, String alphabet, int most) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(most + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertSafe(String html) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertTrue(TAGS.contains(tags.group(2).toLowerCase()), () -> "tag " + tags.group() + " in " + html);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
            while (attributes.find()) {
                String name = attributes.group(1).toLowerCase();
                String value = attributes.group(2);
                assertTrue(ATTRIBUTES.contains(name), () -> "attribute " + name + " in " + html);
                if (name.equals("href") || name.equals("src")) {
                    assertTrue(
                            value.isEmpty()
                                    || value.equals("#")
                                    || value.startsWith("https://")
                                    || value.startsWith("/"),
                            () -> name + "=" + value + " in " + html);
                }
            }
        }
        assertTrue(
                !html.toLowerCase().contains("<script") && !html.toLowerCase().contains("<iframe"), html);
    }

    private static final LessonMarkdown.Targets TARGETS = new LessonMarkdown.Targets() {
        @Override
        public Optional<String> lessonUrl(String lessonId) {
            return lessonId.equals("only-lesson")
                    ? Optional.of("/courses/property-course/only-lesson")
                    : Optional.empty();
        }

        @Override
        public Optional<LessonMarkdown.SizedImage> image(String path) {
            return Optional.of(new LessonMarkdown.SizedImage("/courses/property-course/" + path, 640, 480));
        }
    };
}
