package org.kolo.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kolo.codes.Coded;
import org.kolo.content.CourseSource.CertificateRule;
import org.kolo.content.CourseSource.LessonFile;
import org.kolo.content.CourseSource.LessonSource;
import org.kolo.content.CourseSource.ModuleSource;
import org.kolo.countries.CountryCards;
import org.kolo.courses.Access;
import org.kolo.hashing.Sha256;
import org.kolo.quizzes.Quiz;
import org.kolo.web.Language;

/**
 * Reads {@code courses/<id>/course.yaml} and the lesson files it lists. What cannot be read is reported as a
 * problem at its file and line; the rest is still read, so one run shows every mistake.
 */
public final class ContentReader {

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,59}");
    public static final Set<String> LANGUAGES =
            Language.all().stream().map(Language::code).collect(Collectors.toUnmodifiableSet());
    public static final String SOURCE_LANGUAGE = Language.SOURCE.code();

    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentReader(Path root) {
        this.root = root;
    }

    /** The content under {@code root} and what was wrong with it while reading. */
    public static ContentSet read(Path root) {
        ContentReader reader = new ContentReader(root.toAbsolutePath().normalize());
        List<CourseSource> courses = reader.readCourses();
        CountryCards countries = CountryCardsReader.read(reader.root, reader.problems);
        return new ContentSet(reader.root, courses, countries, reader.problems);
    }

    private List<CourseSource> readCourses() {
        Path coursesDir = root.resolve("courses");
        if (!Files.isDirectory(coursesDir)) {
            problems.add(ContentProblem.error(coursesDir, 1, "no courses folder"));
            return List.of();
        }
        List<Ordered> courses = new ArrayList<>();
        for (Path folder : sortedChildren(coursesDir)) {
            if (Files.isDirectory(folder)) {
                readCourse(folder).ifPresent(courses::add);
            }
        }
        return courses.stream()
                .sorted(Comparator.comparingInt(Ordered::order))
                .map(Ordered::course)
                .toList();
    }

    /** A course with its place in the catalogue ({@code order} in course.yaml; folder order breaks ties). */
    private record Ordered(int order, CourseSource course) {}

    private static final int DEFAULT_ORDER = 100;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(9999);

    private Optional<Ordered> readCourse(Path folder) {
        Path file = folder.resolve("course.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(ContentProblem.error(folder, 1, "course folder without course.yaml"));
            return Optional.empty();
        }
        Optional<YamlNode> read = ContentFiles.yaml(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlNode yaml = read.get();
        if (!yaml.isMap()) {
            problems.add(ContentProblem.error(file, 1, "course.yaml must be a mapping of keys to values"));
            return Optional.empty();
        }
        String id = requiredText(yaml, "id", file).orElse(folder.getFileName().toString());
        if (!id.equals(folder.getFileName().toString())) {
            problems.add(ContentProblem.error(
                    file,
                    yaml.get("id").map(YamlNode::line).orElse(1),
                    "id '" + id + "' must equal the folder name '" + folder.getFileName() + "'"));
        }
        checkId(id, file, yaml.get("id").map(YamlNode::line).orElse(1));
        int version = readVersion(yaml, file);
        String accessText = requiredText(yaml, "access", file).orElse(Access.MEMBERS.code());
        Optional<Access> known = Coded.of(Access.class, accessText);
        Access access = known.orElse(Access.MEMBERS);
        if (known.isEmpty()) {
            problems.add(ContentProblem.error(
                    file,
                    yaml.get("access").get().line(),
                    "access must be 'public' or 'members', not '" + accessText + "'"));
        }
        List<String> languages = languageList(yaml, "languages", file, true);
        List<String> optional = languageList(yaml, "optional-languages", file, false);
        List<ModuleSource> modules = readModules(yaml, file, folder, id, languages, optional);
        int order = yaml.get("order")
                .flatMap(YamlNode::text)
                .filter(t -> t.matches("\\d{1,4}"))
                .map(Integer::parseInt)
                .orElse(DEFAULT_ORDER);
        List<Quiz> quizzes = readQuizzes(folder, id, languages, optional);
        List<String> required = Stream.concat(
                        requiredQuizzes(yaml).stream(),
                        quizzes.stream().filter(Quiz::required).map(Quiz::id))
                .distinct()
                .toList();
        return Optional.of(new Ordered(
                order,
                new CourseSource(
                        id,
                        version,
                        access,
                        languages,
                        optional,
                        texts(yaml, "title", file),
                        texts(yaml, "summary", file),
                        yaml.get("neutral-title").map(YamlNode::strings).orElse(Map.of()),
                        neutralPageTitles(yaml, file),
                        required,
                        modules,
                        quizzes,
                        test(yaml, "before"),
                        test(yaml, "after"),
                        certificateRule(yaml, file),
                        folder,
                        file,
                        hashOf(folder))));
    }

    /** {@code page-titles: neutral} (the default) or {@code full}. */
    private boolean neutralPageTitles(YamlNode yaml, Path file) {
        Optional<YamlNode> node = yaml.get("page-titles");
        String value = node.flatMap(YamlNode::text).orElse("neutral");
        if (!value.equals("neutral") && !value.equals("full")) {
            problems.add(ContentProblem.error(
                    file, node.get().line(), "page-titles must be 'neutral' or 'full', not '" + value + "'"));
        }
        return !value.equals("full");
    }

    private List<ModuleSource> readModules(
            YamlNode yaml, Path file, Path folder, String courseId, List<String> languages, List<String> optional) {
        Optional<YamlNode> modules = yaml.get("modules");
        if (modules.isEmpty()
                || !modules.get().isList()
                || modules.get().items().isEmpty()) {
            problems.add(ContentProblem.error(
                    file, modules.map(YamlNode::line).orElse(1), "modules: a list of at least one module is required"));
            return List.of();
        }
        List<ModuleSource> result = new ArrayList<>();
        for (YamlNode module : modules.get().items()) {
            String moduleId = requiredText(module, "id", file).orElse("?");
            checkId(moduleId, file, module.line());
            List<LessonSource> lessons = new ArrayList<>();
            YamlNode list = module.get("lessons").orElse(null);
            if (list == null || !list.isList() || list.items().isEmpty()) {
                problems.add(ContentProblem.error(file, module.line(), "module '" + moduleId + "' lists no lessons"));
            } else {
                for (YamlNode lesson : list.items()) {
                    String lessonId = lesson.text().orElse("?");
                    checkId(lessonId, file, lesson.line());
                    Path lessonFolder = folder.resolve("lessons").resolve(lessonId);
                    lessons.add(new LessonSource(
                            lessonId,
                            lesson.line(),
                            courseId,
                            moduleId,
                            lessonFolder,
                            readLessonFiles(lessonFolder, languages, optional)));
                }
            }
            result.add(new ModuleSource(moduleId, module.line(), texts(module, "title", file), lessons));
        }
        return result;
    }

    private Map<String, LessonFile> readLessonFiles(Path folder, List<String> languages, List<String> optional) {
        Map<String, LessonFile> files = new LinkedHashMap<>();
        for (String language :
                Stream.concat(languages.stream(), optional.stream()).toList()) {
            Path path = folder.resolve(language + ".md");
            if (Files.isRegularFile(path)) {
                readLessonFile(language, path).ifPresent(lesson -> files.put(language, lesson));
            }
        }
        return files;
    }

    private Optional<LessonFile> readLessonFile(String language, Path path) {
        byte[] bytes = ContentFiles.read(path);
        Optional<String> decoded = ContentFiles.text(path, bytes, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> parsed = FrontMatter.parse(path, decoded.get().replace("\r\n", "\n"), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        String title = front.values().get("title");
        if (title == null || title.isBlank()) {
            problems.add(ContentProblem.error(path, front.line("title"), "title is missing in the front matter"));
        }
        String review = front.values().get("review");
        if (review != null) {
            problems.add(
                    review.isBlank()
                            ? ContentProblem.error(
                                    path, front.line("review"), "review: say what a lawyer should confirm")
                            : ContentProblem.review(path, front.line("review"), review));
        }
        return Optional.of(new LessonFile(
                language,
                path,
                title == null ? "" : title,
                front.values().get("translated-from"),
                front.body(),
                front.bodyLine(),
                sha256(bytes),
                front.values().get("card")));
    }

    private int readVersion(YamlNode yaml, Path file) {
        Optional<String> text = requiredText(yaml, "version", file);
        try {
            int version = Integer.parseInt(text.orElse("1"));
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            problems.add(ContentProblem.error(
                    file, yaml.get("version").get().line(), "version must be a whole number from 1"));
            return 1;
        }
    }

    private List<String> languageList(YamlNode yaml, String key, Path file, boolean required) {
        Optional<YamlNode> node = yaml.get(key);
        if (node.isEmpty()) {
            if (required) {
                problems.add(ContentProblem.error(file, 1, key + " is required, e.g. [ru, uk, kk]"));
            }
            return List.of();
        }
        List<String> languages = new ArrayList<>();
        for (YamlNode item : node.get().items()) {
            String language = item.text().orElse("");
            if (!LANGUAGES.contains(language)) {
                problems.add(ContentProblem.error(
                        file, item.line(), "unknown language '" + language + "' (ru, uk, kk, en)"));
            } else {
                languages.add(language);
            }
        }
        if (required && !languages.contains(SOURCE_LANGUAGE)) {
            problems.add(
                    ContentProblem.error(file, node.get().line(), "languages must include ru, the source language"));
        }
        return languages;
    }

    private Map<String, String> texts(YamlNode yaml, String key, Path file) {
        Optional<YamlNode> node = yaml.get(key);
        if (node.isEmpty() || !node.get().isMap()) {
            problems.add(ContentProblem.error(
                    file, node.map(YamlNode::line).orElse(yaml.line()), key + " is required, one entry per language"));
            return Map.of();
        }
        return node.get().strings();
    }

    private List<Quiz> readQuizzes(Path folder, String courseId, List<String> languages, List<String> optional) {
        Path quizzes = folder.resolve("quizzes");
        if (!Files.isDirectory(quizzes)) {
            return List.of();
        }
        List<Quiz> result = new ArrayList<>();
        for (Path file : sortedChildren(quizzes)) {
            if (file.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(file)) {
                QuizReader.read(file, courseId, languages, optional, problems).ifPresent(result::add);
            } else {
                problems.add(ContentProblem.error(file, 1, "only quiz files (id.yaml) belong in quizzes/"));
            }
        }
        return result;
    }

    private CertificateRule certificateRule(YamlNode yaml, Path file) {
        Optional<YamlNode> block = yaml.get("certificate");
        if (block.isEmpty()) {
            return CertificateRule.DEFAULT;
        }
        BigDecimal hours = block.get()
                .get("hours")
                .map(node -> number(
                        node, file, "certificate hours", "a number of hours from 0.5 to 9999, such as 12 or 1.5"))
                .orElse(null);
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1)) {
            problems.add(ContentProblem.error(
                    file,
                    block.get().get("hours").get().line(),
                    "certificate hours must be a number of hours from 0.5 to 9999, such as 12 or 1.5"));
            hours = null;
        }
        Integer months = block.get()
                .get("valid-for-months")
                .map(node ->
                        number(node, file, "certificate valid-for-months", "a whole number of months from 1 to 240"))
                .filter(m -> isWholeMonths(m, file, block.get()))
                .map(BigDecimal::intValue)
                .orElse(null);
        return new CertificateRule(hours, months);
    }

    private boolean isWholeMonths(BigDecimal months, Path file, YamlNode block) {
        boolean whole = months.scale() <= 0
                && months.compareTo(BigDecimal.ONE) >= 0
                && months.compareTo(BigDecimal.valueOf(240)) <= 0;
        if (!whole) {
            problems.add(ContentProblem.error(
                    file,
                    block.get("valid-for-months").get().line(),
                    "certificate valid-for-months must be a whole number of months from 1 to 240"));
        }
        return whole;
    }

    private BigDecimal number(YamlNode node, Path file, String what, String expected) {
        try {
            return new BigDecimal(node.text().orElse("")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            problems.add(ContentProblem.error(file, node.line(), what + " must be " + expected));
            return null;
        }
    }

    private static String test(YamlNode yaml, String when) {
        return yaml.get("tests")
                .flatMap(t -> t.get(when))
                .flatMap(YamlNode::text)
                .orElse(null);
    }

    private static List<String> requiredQuizzes(YamlNode yaml) {
        return yaml.get("completion")
                .flatMap(c -> c.get("quizzes"))
                .map(q -> q.items().stream().map(i -> i.text().orElse("")).toList())
                .orElse(List.of());
    }

    private Optional<String> requiredText(YamlNode yaml, String key, Path file) {
        Optional<String> text = yaml.get(key).flatMap(YamlNode::text).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            problems.add(ContentProblem.error(
                    file, yaml.get(key).map(YamlNode::line).orElse(yaml.line()), key + " is required"));
        }
        return text;
    }

    private void checkId(String id, Path file, int line) {
        if (!ID.matcher(id).matches()) {
            problems.add(ContentProblem.error(
                    file,
                    line,
                    "'" + id + "' is not a valid id: lowercase latin letters, digits and hyphens, 3-60 characters"));
        }
    }

    static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes whenever any file of the course changes, so unchanged courses are skipped on load. */
    private static String hashOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = Sha256.digest();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
