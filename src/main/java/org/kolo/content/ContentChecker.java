package org.kolo.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kolo.content.CourseSource.LessonFile;
import org.kolo.content.CourseSource.LessonSource;
import org.kolo.content.CourseSource.ModuleSource;
import org.kolo.courses.LessonMarkdown;
import org.kolo.courses.PocketCard;
import org.kolo.quizzes.Quiz;

/**
 * Finds what would hurt a learner or a translator: missing translations, broken references, duplicate ids,
 * HTML in Markdown, lessons of the wrong length, and translations older than their Russian source.
 */
public final class ContentChecker {

    public static final int MIN_WORDS = 400;
    public static final int MAX_WORDS = 1200;

    /** The media library's ids when checked inside Kolo; null offline, where only the form of an id is checked. */
    private final Set<String> mediaIds;

    private final Set<String> quizIds;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentChecker(Set<String> mediaIds, Set<String> quizIds) {
        this.mediaIds = mediaIds;
        this.quizIds = quizIds;
    }

    /** Every problem of the set: those met while reading, then those found by checking. */
    public static List<ContentProblem> check(ContentSet content) {
        return check(content, null);
    }

    /** Like {@link #check(ContentSet)}, also telling which media the library holds (media come after content). */
    public static List<ContentProblem> check(ContentSet content, Set<String> mediaIds) {
        Set<String> quizIds = new HashSet<>();
        content.courses().forEach(course -> course.quizzes().forEach(quiz -> quizIds.add(quiz.id())));
        ContentChecker checker = new ContentChecker(mediaIds, quizIds);
        checker.problems.addAll(content.problems());
        checker.checkIds(content);
        checker.checkQuizIds(content);
        Set<String> lessonIds = new HashSet<>();
        content.courses().forEach(course -> course.lessons().forEach(lesson -> lessonIds.add(lesson.id())));
        for (CourseSource course : content.courses()) {
            checker.checkCourse(course, lessonIds);
        }
        checker.checkTerms(content, Glossary.read(content.root().resolve("glossary.yaml"), checker.problems));
        return checker.problems.stream().distinct().toList();
    }

    /** Every lesson, quiz and course file against the glossary's variants to avoid. */
    private void checkTerms(ContentSet content, Glossary glossary) {
        if (glossary.isEmpty()) {
            return;
        }
        for (CourseSource course : content.courses()) {
            List<Path> yamlFiles = new ArrayList<>(List.of(course.metadataFile()));
            course.quizzes().forEach(quiz -> yamlFiles.add(course.folder().resolve("quizzes/" + quiz.id() + ".yaml")));
            for (Path file : yamlFiles) {
                ContentFiles.text(file, ContentFiles.read(file), new ArrayList<>())
                        .ifPresent(text -> glossary.findingsInYaml(text)
                                .forEach(found ->
                                        problems.add(ContentProblem.error(file, found.line(), found.message()))));
            }
            course.lessons()
                    .flatMap(lesson -> lesson.files().values().stream())
                    .forEach(lesson -> ContentFiles.text(
                                    lesson.path(), ContentFiles.read(lesson.path()), new ArrayList<>())
                            .ifPresent(text -> glossary.findings(lesson.language(), text)
                                    .forEach(found -> problems.add(
                                            ContentProblem.error(lesson.path(), found.line(), found.message())))));
        }
    }

    private void checkIds(ContentSet content) {
        Map<String, Path> lessons = new HashMap<>();
        Set<String> courses = new HashSet<>();
        for (CourseSource course : content.courses()) {
            if (!courses.add(course.id())) {
                problems.add(
                        ContentProblem.error(course.metadataFile(), 1, "duplicate course id '" + course.id() + "'"));
            }
            Set<String> modules = new HashSet<>();
            for (ModuleSource module : course.modules()) {
                if (!modules.add(module.id())) {
                    problems.add(ContentProblem.error(
                            course.metadataFile(), module.line(), "duplicate module id '" + module.id() + "'"));
                }
                for (LessonSource lesson : module.lessons()) {
                    Path first = lessons.putIfAbsent(lesson.id(), course.metadataFile());
                    if (first != null) {
                        problems.add(ContentProblem.error(
                                course.metadataFile(),
                                lesson.line(),
                                "duplicate lesson id '" + lesson.id() + "' (already in "
                                        + first.getParent().getFileName() + ")"));
                    }
                }
            }
        }
    }

    private void checkQuizIds(ContentSet content) {
        Map<String, String> courseOfQuiz = new HashMap<>();
        Set<String> lessonIds = new HashSet<>();
        content.courses().forEach(course -> course.lessons().forEach(lesson -> lessonIds.add(lesson.id())));
        for (CourseSource course : content.courses()) {
            for (Quiz quiz : course.quizzes()) {
                Path file = course.folder().resolve("quizzes").resolve(quiz.id() + ".yaml");
                String first = courseOfQuiz.putIfAbsent(quiz.id(), course.id());
                if (first != null || lessonIds.contains(quiz.id())) {
                    problems.add(ContentProblem.error(
                            file,
                            1,
                            "duplicate id '" + quiz.id() + "' (already used in " + (first != null ? first : "a lesson")
                                    + ")"));
                }
            }
        }
    }

    private void checkCourse(CourseSource course, Set<String> lessonIds) {
        for (String language : course.languages()) {
            requireText(course, course.titles(), "title", language);
            requireText(course, course.summaries(), "summary", language);
            if (!course.neutralTitles().containsKey(language)) {
                problems.add(ContentProblem.warning(
                        course.metadataFile(),
                        1,
                        "neutral-title has no " + language
                                + " text: certificates in " + language
                                + " will print the course title, which may say what"
                                + " the course is about"));
            }
        }
        Set<String> own = new HashSet<>();
        course.quizzes().forEach(quiz -> own.add(quiz.id()));
        for (String quiz : course.requiredQuizzes()) {
            if (!own.contains(quiz)) {
                problems.add(ContentProblem.error(
                        course.metadataFile(),
                        1,
                        "completion names quiz '" + quiz + "', which is not in this course's quizzes/"));
            }
        }
        boolean testsExist = true;
        for (String test : Arrays.asList(course.testBefore(), course.testAfter())) {
            if (test != null && !own.contains(test)) {
                testsExist = false;
                problems.add(ContentProblem.error(
                        course.metadataFile(),
                        1,
                        "tests names quiz '" + test + "', which is not in this course's quizzes/"));
            }
        }
        if (testsExist) {
            problems.addAll(ParallelForms.check(course));
        }
        for (ModuleSource module : course.modules()) {
            for (String language : course.languages()) {
                if (!module.titles().containsKey(language)) {
                    problems.add(ContentProblem.error(
                            course.metadataFile(),
                            module.line(),
                            "module '" + module.id() + "' has no title in " + language));
                }
            }
            module.lessons().forEach(lesson -> checkLesson(course, lesson, lessonIds));
        }
        checkUnlistedLessons(course);
    }

    private void checkLesson(CourseSource course, LessonSource lesson, Set<String> lessonIds) {
        for (String language : course.languages()) {
            if (!lesson.files().containsKey(language)) {
                problems.add(ContentProblem.error(
                        course.metadataFile(),
                        lesson.line(),
                        "lesson '" + lesson.id()
                                + "' has no " + language + " text: expected "
                                + course.folder().relativize(lesson.folder().resolve(language + ".md"))));
            }
        }
        LessonFile source = lesson.files().get(ContentReader.SOURCE_LANGUAGE);
        for (LessonFile file : lesson.files().values()) {
            checkLessonFile(course, file, lessonIds);
            if (source != null && file != source) {
                checkTranslationAge(file, source);
            }
        }
    }

    private void checkLessonFile(CourseSource course, LessonFile file, Set<String> lessonIds) {
        LessonMarkdown markdown = LessonMarkdown.parse(file.markdown());
        if (markdown.nesting() > LessonMarkdown.MOST_NESTING) {
            problems.add(ContentProblem.error(
                    file.path(),
                    file.bodyLine(),
                    "quotes and lists are nested " + markdown.nesting() + " deep; a lesson nests at most "
                            + LessonMarkdown.MOST_NESTING));
            return;
        }
        for (LessonMarkdown.RawHtml html : markdown.rawHtml()) {
            problems.add(ContentProblem.error(
                    file.path(),
                    file.bodyLine() + html.line() - 1,
                    "HTML is not allowed in lessons: " + abbreviate(html.html())));
        }
        for (LessonMarkdown.Reference reference : markdown.references()) {
            String problem = brokenReference(course, reference, lessonIds);
            if (problem != null) {
                problems.add(ContentProblem.error(file.path(), file.bodyLine() + reference.line() - 1, problem));
            } else if (mediaIds != null
                    && reference.destination().startsWith("media:")
                    && !mediaIds.contains(reference.destination().substring(6))) {
                problems.add(ContentProblem.warning(
                        file.path(),
                        file.bodyLine() + reference.line() - 1,
                        "no media with id '" + reference.destination().substring(6) + "' in the library yet: the"
                                + " lesson says the material is not available until it is uploaded"));
            }
        }
        checkCard(file);
        int words = markdown.words();
        if (words < MIN_WORDS || words > MAX_WORDS) {
            problems.add(ContentProblem.error(
                    file.path(),
                    file.bodyLine(),
                    "a lesson has " + MIN_WORDS + "-" + MAX_WORDS + " words; this one has " + words));
        }
    }

    private void checkCard(LessonFile file) {
        if (file.card() == null) {
            return;
        }
        Optional<String> section = PocketCard.section(file.markdown(), file.card());
        if (section.isEmpty() || PocketCard.lines(section.get()).isEmpty()) {
            problems.add(ContentProblem.error(file.path(), 1, "card: no section '" + file.card() + "' with text"));
        } else if (!PocketCard.fits(file.card(), PocketCard.lines(section.get()))) {
            problems.add(ContentProblem.error(
                    file.path(), 1, "card: '" + file.card() + "' does not fit one pocket " + "card (A6): shorten it"));
        }
    }

    private String brokenReference(CourseSource course, LessonMarkdown.Reference reference, Set<String> lessonIds) {
        String target = reference.destination();
        if (target.startsWith("lesson:")) {
            return lessonIds.contains(target.substring(7)) ? null : "no lesson with id '" + target.substring(7) + "'";
        }
        if (target.startsWith("media:")) {
            String id = target.substring(6);
            return id.matches("[a-z0-9][a-z0-9-]{2,59}") ? null : "'" + id + "' is not a media id";
        }
        if (target.startsWith("quiz:")) {
            return quizIds.contains(target.substring(5)) ? null : "no quiz with id '" + target.substring(5) + "'";
        }
        if (target.startsWith("images/")) {
            return imageProblem(course, target);
        }
        if (reference.image()) {
            return "pictures come from the course's images/ folder, not from '" + target + "'";
        }
        return target.startsWith("https://")
                ? null
                : "links go to lesson:<id> or an https:// address, not '" + target + "'";
    }

    private static String imageProblem(CourseSource course, String target) {
        Path image = course.folder().resolve(target).normalize();
        if (!image.startsWith(course.folder().resolve("images")) || !Files.isRegularFile(image)) {
            return "no image " + target + " in the course folder";
        }
        String name = image.getFileName().toString().toLowerCase();
        if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return "images are PNG or JPEG: " + target;
        }
        return null;
    }

    private void checkTranslationAge(LessonFile translation, LessonFile source) {
        String recorded = translation.translatedFrom();
        if (recorded == null || recorded.isBlank()) {
            problems.add(ContentProblem.error(
                    translation.path(),
                    1,
                    "translated-from is missing: the first 12 characters of `sha256sum ru.md` when translated"));
        } else if (!source.sha256().startsWith(recorded.toLowerCase())) {
            problems.add(ContentProblem.warning(
                    translation.path(),
                    1,
                    "translation is older than its Russian source (" + recorded + " was translated, ru.md is now "
                            + source.sha256().substring(0, 12) + "): update it"));
        }
    }

    private void checkUnlistedLessons(CourseSource course) {
        Path lessons = course.folder().resolve("lessons");
        if (!Files.isDirectory(lessons)) {
            return;
        }
        Set<String> listed = new HashSet<>();
        course.lessons().forEach(lesson -> listed.add(lesson.id()));
        try (Stream<Path> folders = Files.list(lessons)) {
            folders.filter(Files::isDirectory)
                    .sorted()
                    .filter(folder -> !listed.contains(folder.getFileName().toString()))
                    .forEach(folder -> problems.add(
                            ContentProblem.error(folder, 1, "lesson folder not listed in any module of course.yaml")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void requireText(CourseSource course, Map<String, String> texts, String key, String language) {
        if (texts.getOrDefault(language, "").isBlank()) {
            problems.add(ContentProblem.error(course.metadataFile(), 1, key + " has no " + language + " text"));
        }
    }

    private static String abbreviate(String html) {
        String oneLine = html.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
