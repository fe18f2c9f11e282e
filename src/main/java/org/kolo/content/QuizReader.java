package org.kolo.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kolo.quizzes.Question;
import org.kolo.quizzes.Question.Item;
import org.kolo.quizzes.Question.Option;
import org.kolo.quizzes.Question.Pair;
import org.kolo.quizzes.QuestionType;
import org.kolo.quizzes.Quiz;

/**
 * Reads one quiz file and checks it as it goes: every text in every required language, a type Kolo knows, correct
 * answers that exist, unique ids, settings in range. Problems are reported at their line; a quiz with an error is
 * still returned, so the checker can go on, but the loader refuses its course.
 */
public final class QuizReader {

    /** Option, pair and item ids: short, but as stable as lesson ids. */
    static final Pattern PART_ID = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    private static final int MOST_CHOICES = 8;

    private final Path file;
    private final List<String> languages;
    private final List<String> optional;
    private final List<ContentProblem> problems;

    private QuizReader(Path file, List<String> languages, List<String> optional, List<ContentProblem> problems) {
        this.file = file;
        this.languages = languages;
        this.optional = optional;
        this.problems = problems;
    }

    /** The quiz in {@code file}, which belongs to a course written in {@code languages}. */
    public static Optional<Quiz> read(
            Path file, String courseId, List<String> languages, List<String> optional, List<ContentProblem> problems) {
        return new QuizReader(file, languages, optional, problems).read(courseId);
    }

    private Optional<Quiz> read(String courseId) {
        Optional<YamlNode> read = ContentFiles.yaml(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlNode yaml = read.get();
        if (!yaml.isMap()) {
            error(1, "a quiz file is a mapping of keys to values");
            return Optional.empty();
        }
        yaml.get("review")
                .ifPresent(review -> problems.add(review.text()
                        .filter(text -> !text.isBlank())
                        .map(text -> ContentProblem.review(file, review.line(), text))
                        .orElseGet(() -> ContentProblem.error(
                                file, review.line(), "review: say what a lawyer should confirm"))));
        String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String id = yaml.get("id").flatMap(YamlNode::text).orElse("");
        if (!id.equals(expected)) {
            error(line(yaml, "id"), "id '" + id + "' must equal the file name '" + expected + "'");
        }
        if (!ContentReader.ID.matcher(expected).matches()) {
            error(
                    line(yaml, "id"),
                    "'" + expected + "' is not a valid id: lowercase latin letters, digits and "
                            + "hyphens, 3-60 characters");
        }
        List<Question> questions = questions(yaml);
        Integer draw = optionalNumber(yaml, "draw", 1, 1000);
        if (draw != null && draw > questions.size()) {
            error(line(yaml, "draw"), "draw " + draw + " is more than the " + questions.size() + " questions");
        }
        return Optional.of(new Quiz(
                expected,
                courseId,
                number(yaml, "version", 1, 1, 100_000),
                texts(yaml, "title", true),
                texts(yaml, "intro", false),
                number(yaml, "pass-mark", 70, 0, 100),
                number(yaml, "attempts", 0, 0, 100),
                choice(yaml, "counts", "highest", Map.of("highest", Quiz.Counts.HIGHEST, "last", Quiz.Counts.LAST)),
                optionalNumber(yaml, "time-limit", 1, 600),
                choice(
                        yaml,
                        "feedback",
                        "after-submit",
                        Map.of(
                                "after-submit",
                                Quiz.Feedback.AFTER_SUBMIT,
                                "after-each",
                                Quiz.Feedback.AFTER_EACH,
                                "none",
                                Quiz.Feedback.NONE)),
                number(yaml, "per-page", 3, 1, 20),
                flag(yaml, "required", false),
                flag(yaml, "shuffle", true),
                draw,
                questions));
    }

    private List<Question> questions(YamlNode yaml) {
        List<YamlNode> nodes = yaml.get("questions").map(YamlNode::items).orElse(List.of());
        if (nodes.isEmpty()) {
            error(line(yaml, "questions"), "questions: a list of at least one question is required");
        }
        Set<String> ids = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (YamlNode node : nodes) {
            String id = node.get("id").flatMap(YamlNode::text).orElse("");
            if (!ContentReader.ID.matcher(id).matches()) {
                error(
                        node.line(),
                        "question id '" + id + "' is not a valid id: lowercase latin letters, digits and "
                                + "hyphens, 3-60 characters");
            } else if (!ids.add(id)) {
                error(node.line(), "duplicate question id '" + id + "'");
            }
            question(node, id).ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(YamlNode node, String id) {
        String typeName = node.get("type").flatMap(YamlNode::text).orElse("");
        Optional<QuestionType> type = QuestionType.fromCode(typeName);
        if (type.isEmpty()) {
            error(
                    line(node, "type"),
                    "question '" + id + "': unknown type '" + typeName
                            + "' (single, multiple, true-false, matching, ordering, short)");
            return Optional.empty();
        }
        double points = number(node, "points", 1, 1, 100);
        boolean partialDefault = type.get() != QuestionType.ORDERING;
        Question question = new Question(
                id,
                type.get(),
                points,
                texts(node, "text", true),
                texts(node, "explanation", false),
                flag(node, "partial-credit", partialDefault),
                type.get() == QuestionType.SINGLE || type.get() == QuestionType.MULTIPLE
                        ? options(node, id)
                        : List.of(),
                type.get() == QuestionType.TRUE_FALSE ? trueOrFalse(node, id) : null,
                texts(node, "feedback-true", false),
                texts(node, "feedback-false", false),
                type.get() == QuestionType.MATCHING ? parts(node, "pairs", id, this::pair) : List.of(),
                type.get() == QuestionType.ORDERING ? parts(node, "items", id, this::item) : List.of(),
                type.get() == QuestionType.SHORT ? accepted(node, id) : Map.of());
        checkCorrectOptions(node, question);
        return Optional.of(question);
    }

    private List<Option> options(YamlNode node, String questionId) {
        return parts(
                node,
                "options",
                questionId,
                option -> new Option(
                        partId(option),
                        flag(option, "correct", false),
                        texts(option, "text", true),
                        texts(option, "feedback", false)));
    }

    private Pair pair(YamlNode node) {
        return new Pair(partId(node), texts(node, "left", true), texts(node, "right", true));
    }

    private Item item(YamlNode node) {
        return new Item(partId(node), texts(node, "text", true));
    }

    /** Options, pairs or items: 2 to 8, with ids unique within the question. */
    private <T> List<T> parts(YamlNode node, String key, String questionId, Function<YamlNode, T> read) {
        List<YamlNode> nodes = node.get(key).map(YamlNode::items).orElse(List.of());
        if (nodes.size() < 2 || nodes.size() > MOST_CHOICES) {
            error(
                    line(node, key),
                    "question '" + questionId + "': " + key + " needs 2 to " + MOST_CHOICES + " entries, not "
                            + nodes.size());
        }
        Set<String> ids = new HashSet<>();
        List<T> parts = new ArrayList<>();
        for (YamlNode part : nodes) {
            String partId = partId(part);
            if (!ids.add(partId)) {
                error(part.line(), "question '" + questionId + "': duplicate id '" + partId + "' in " + key);
            }
            parts.add(read.apply(part));
        }
        return parts;
    }

    private String partId(YamlNode node) {
        String id = node.get("id").flatMap(YamlNode::text).orElse("");
        if (!PART_ID.matcher(id).matches()) {
            error(
                    node.line(),
                    "'" + id + "' is not a valid id: lowercase latin letters, digits and hyphens, "
                            + "starting with a letter");
        }
        return id;
    }

    private void checkCorrectOptions(YamlNode node, Question question) {
        long correct = question.options().stream().filter(Option::correct).count();
        if (question.type() == QuestionType.SINGLE && correct != 1) {
            error(
                    line(node, "options"),
                    "question '" + question.id() + "': single choice needs exactly one " + "correct option, not "
                            + correct);
        }
        if (question.type() == QuestionType.MULTIPLE && correct == 0) {
            error(line(node, "options"), "question '" + question.id() + "': no option is correct");
        }
    }

    private Boolean trueOrFalse(YamlNode node, String questionId) {
        Optional<String> value = node.get("answer").flatMap(YamlNode::text);
        if (value.isEmpty() || !value.get().matches("true|false")) {
            error(line(node, "answer"), "question '" + questionId + "': answer must be true or false");
            return Boolean.TRUE;
        }
        return Boolean.valueOf(value.get());
    }

    private Map<String, List<String>> accepted(YamlNode node, String questionId) {
        Optional<YamlNode> accepted = node.get("accepted");
        Map<String, List<String>> answers = new LinkedHashMap<>();
        accepted.filter(YamlNode::isMap)
                .ifPresent(map -> allLanguages()
                        .forEach(language -> map.get(language)
                                .map(list -> list.isList()
                                        ? list.items().stream()
                                                .flatMap(i -> i.text().stream())
                                                .toList()
                                        : list.text().map(List::of).orElse(List.of()))
                                .filter(list -> !list.isEmpty())
                                .ifPresent(list -> answers.put(language, list))));
        for (String language : languages) {
            if (!answers.containsKey(language)) {
                error(
                        accepted.map(YamlNode::line).orElse(node.line()),
                        "question '" + questionId + "': accepted answers missing in " + language);
            }
        }
        return answers;
    }

    /** A text per language; required texts must exist in every required language. */
    private Map<String, String> texts(YamlNode node, String key, boolean required) {
        Optional<YamlNode> value = node.get(key);
        if (value.isEmpty()) {
            if (required) {
                error(node.line(), key + " is required, one entry per language");
            }
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>(value.get().strings());
        texts.keySet().retainAll(allLanguages());
        texts.values().removeIf(String::isBlank);
        for (String language : languages) {
            if (!texts.containsKey(language)) {
                error(value.get().line(), key + ": missing translation in " + language);
            }
        }
        return Map.copyOf(texts);
    }

    private List<String> allLanguages() {
        List<String> all = new ArrayList<>(languages);
        all.addAll(optional);
        return all;
    }

    private int number(YamlNode node, String key, int fallback, int min, int max) {
        Integer value = optionalNumber(node, key, min, max);
        return value == null ? fallback : value;
    }

    private Integer optionalNumber(YamlNode node, String key, int min, int max) {
        Optional<String> text = node.get(key).flatMap(YamlNode::text);
        if (text.isEmpty()) {
            return null;
        }
        if (text.get().matches("\\d{1,7}")
                && Integer.parseInt(text.get()) >= min
                && Integer.parseInt(text.get()) <= max) {
            return Integer.parseInt(text.get());
        }
        error(
                line(node, key),
                key + " must be a whole number from " + min + " to " + max + ", not '" + text.get() + "'");
        return null;
    }

    private boolean flag(YamlNode node, String key, boolean fallback) {
        Optional<String> text = node.get(key).flatMap(YamlNode::text);
        if (text.isPresent() && !text.get().matches("true|false")) {
            error(line(node, key), key + " must be true or false");
        }
        return text.map(Boolean::parseBoolean).orElse(fallback);
    }

    private <T> T choice(YamlNode node, String key, String fallback, Map<String, T> values) {
        String text = node.get(key).flatMap(YamlNode::text).orElse(fallback);
        if (!values.containsKey(text)) {
            error(
                    line(node, key),
                    key + " must be one of "
                            + String.join(
                                    ", ", values.keySet().stream().sorted().toList()) + ", not '" + text + "'");
            return values.get(fallback);
        }
        return values.get(text);
    }

    private static int line(YamlNode node, String key) {
        return node.get(key).map(YamlNode::line).orElse(node.line());
    }

    private void error(int line, String message) {
        problems.add(ContentProblem.error(file, line, message));
    }
}
