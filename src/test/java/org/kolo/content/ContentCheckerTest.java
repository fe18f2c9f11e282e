package org.kolo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.courses.LessonMarkdown;

class ContentCheckerTest {

    private static final Path BROKEN =
            Path.of("src/test/resources/broken-content").toAbsolutePath();

    private final List<String> lines = ContentChecker.check(ContentReader.read(BROKEN)).stream()
            .map(problem -> problem.format(BROKEN))
            .toList();

    @Test
    void the_real_content_has_no_error() {
        Path content = Path.of("content").toAbsolutePath();
        List<ContentProblem> problems = ContentChecker.check(ContentReader.read(content));
        assertTrue(problems.stream().noneMatch(ContentProblem::isError), problems.toString());
    }

    @Test
    void missing_translation_is_reported_at_the_course_line() {
        assertHas("courses/broken-course/course.yaml:21: error: lesson 'second-lesson' has no uk text");
        assertHas("lesson 'second-lesson' has no kk text");
    }

    @Test
    void invalid_metadata_is_reported_with_its_line() {
        assertHas("courses/bad-metadata/course.yaml:1: error: 'Bad_Metadata' is not a valid id");
        assertHas("courses/bad-metadata/course.yaml:2: error: version must be a whole number");
        assertHas("courses/bad-metadata/course.yaml:3: error: access must be 'public' or 'members'");
        assertHas("courses/bad-metadata/course.yaml:4: error: unknown language 'de'");
        assertHas("courses/bad-metadata/course.yaml:7: error: modules: a list of at least one module is required");
    }

    @Test
    void broken_references_are_reported_at_their_line() {
        assertHas("courses/broken-course/lessons/first-lesson/ru.md:7: error: no lesson with id 'no-such-lesson'");
        assertHas("courses/broken-course/lessons/first-lesson/ru.md:7: error: no image images/missing.png");
    }

    @Test
    void duplicate_ids_are_reported() {
        assertHas("courses/broken-course/course.yaml:22: error: duplicate module id 'first-module'");
        assertHas("courses/broken-course/course.yaml:27: error: duplicate lesson id 'first-lesson'");
    }

    @Test
    void raw_html_is_refused() {
        assertHas(
                "courses/broken-course/lessons/first-lesson/ru.md:9: error: HTML is not allowed in lessons: <script>");
    }

    @Test
    void lesson_length_and_unlisted_folders_are_reported() {
        assertHas(
                "courses/broken-course/lessons/second-lesson/ru.md:4: error: a lesson has 400-1200 words; this one has 2");
        assertHas("courses/broken-course/lessons/orphan-lesson:1: error: lesson folder not listed in any module");
    }

    @Test
    void a_translation_older_than_its_russian_source_is_a_warning() {
        assertHas(
                "courses/broken-course/lessons/first-lesson/kk.md:1: warning: translation is older than its Russian source");
        assertTrue(lines.stream().noneMatch(l -> l.contains("first-lesson/uk.md:1: warning")), lines.toString());
    }

    @Test
    void script_in_markdown_renders_inert() {
        String html = LessonMarkdown.parse("Text <script>alert('x')</script>\n\n<iframe src=x></iframe>\n\n"
                        + "[bad](javascript:alert(1))")
                .toHtml(new LessonMarkdown.Targets() {
                    @Override
                    public java.util.Optional<String> lessonUrl(String lessonId) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.Optional<LessonMarkdown.SizedImage> image(String path) {
                        return java.util.Optional.empty();
                    }
                });
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(!html.contains("<script") && !html.contains("<iframe") && !html.contains("javascript:"), html);
    }

    @Test
    void pictures_are_sized_lazy_and_served_by_kolo_and_lessons_link_by_id() {
        String html = LessonMarkdown.parse(
                        "![Карта](images/map.png) [далее](lesson:next-one) [сайт](https://example.org/)")
                .toHtml(new LessonMarkdown.Targets() {
                    @Override
                    public java.util.Optional<String> lessonUrl(String lessonId) {
                        return java.util.Optional.of("/courses/c/" + lessonId);
                    }

                    @Override
                    public java.util.Optional<LessonMarkdown.SizedImage> image(String path) {
                        return java.util.Optional.of(new LessonMarkdown.SizedImage("/courses/c/" + path, 640, 360));
                    }
                });
        assertTrue(
                html.contains("src=\"/courses/c/images/map.png\"")
                        && html.contains("width=\"640\"")
                        && html.contains("height=\"360\"")
                        && html.contains("loading=\"lazy\""),
                html);
        assertTrue(html.contains("href=\"/courses/c/next-one\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer\""), html);
    }

    @Test
    void checker_command_exit_status_is_counted_from_errors_only() {
        long errors = ContentChecker.check(ContentReader.read(BROKEN)).stream()
                .filter(ContentProblem::isError)
                .count();
        assertEquals(true, errors > 10);
    }

    private void assertHas(String expected) {
        assertTrue(
                lines.stream().anyMatch(line -> line.contains(expected)),
                "expected «" + expected + "» in\n" + String.join("\n", lines));
    }
}
