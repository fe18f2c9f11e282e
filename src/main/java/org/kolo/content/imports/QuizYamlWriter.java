package org.kolo.content.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.kolo.content.imports.ImportedQuestion.Choice;
import org.kolo.content.imports.ImportedQuestion.Matching;
import org.kolo.content.imports.ImportedQuestion.ShortAnswer;
import org.kolo.content.imports.ImportedQuestion.TrueFalse;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes an imported quiz as a Kolo quiz file (content/README.md, "A quiz file"), with every default spelled out
 * so that the author sees what can be changed. SnakeYAML quotes whatever needs quoting; texts of several lines
 * are written as literal blocks.
 */
final class QuizYamlWriter {

    private final String language;

    private QuizYamlWriter(String language) {
        this.language = language;
    }

    static String write(ImportedQuiz quiz) {
        return yaml().dump(new QuizYamlWriter(quiz.language()).quiz(quiz));
    }

    private Map<String, Object> quiz(ImportedQuiz quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", quiz.id());
        yaml.put("version", 1);
        yaml.put("title", text(quiz.title()));
        yaml.put("pass-mark", 70);
        yaml.put("attempts", 0);
        yaml.put("counts", "highest");
        yaml.put("feedback", "after-submit");
        yaml.put("per-page", 3);
        yaml.put("required", false);
        yaml.put("shuffle", true);
        yaml.put("questions", quiz.questions().stream().map(this::question).toList());
        return yaml;
    }

    private Map<String, Object> question(ImportedQuestion question) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", question.id());
        yaml.put("type", type(question));
        yaml.put("points", 1);
        yaml.put("text", text(question.text()));
        putText(yaml, "explanation", question.explanation());
        if (question instanceof Choice choice) {
            if (choice.multiple()) {
                yaml.put("partial-credit", true);
            }
            yaml.put(
                    "options",
                    numbered(
                            choice.options().size(),
                            i -> option(choice.options().get(i), i)));
        } else if (question instanceof TrueFalse trueFalse) {
            yaml.put("answer", trueFalse.answer());
            putText(yaml, "feedback-true", trueFalse.feedbackTrue());
            putText(yaml, "feedback-false", trueFalse.feedbackFalse());
        } else if (question instanceof Matching matching) {
            yaml.put("partial-credit", true);
            yaml.put(
                    "pairs",
                    numbered(matching.pairs().size(), i -> pair(matching.pairs().get(i), i)));
        } else if (question instanceof ShortAnswer shortAnswer) {
            yaml.put("accepted", Map.of(language, shortAnswer.accepted()));
        }
        return yaml;
    }

    private static String type(ImportedQuestion question) {
        if (question instanceof Choice choice) {
            return choice.multiple() ? "multiple" : "single";
        }
        if (question instanceof TrueFalse) {
            return "true-false";
        }
        return question instanceof Matching ? "matching" : "short";
    }

    /** Options are a, b, c… in the order of the file. */
    private Map<String, Object> option(ImportedOption option, int index) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", String.valueOf((char) ('a' + index)));
        if (option.correct()) {
            yaml.put("correct", true);
        }
        yaml.put("text", text(option.text()));
        putText(yaml, "feedback", option.feedback());
        return yaml;
    }

    private Map<String, Object> pair(ImportedPair pair, int index) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", "p" + (index + 1));
        yaml.put("left", text(pair.left()));
        yaml.put("right", text(pair.right()));
        return yaml;
    }

    private static List<Map<String, Object>> numbered(int count, IntFunction<Map<String, Object>> item) {
        return IntStream.range(0, count).mapToObj(item).toList();
    }

    private void putText(Map<String, Object> yaml, String key, String text) {
        if (text != null) {
            yaml.put(key, text(text));
        }
    }

    private Map<String, String> text(String text) {
        return Map.of(language, text);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new Yaml(new TextBlocks(options), options);
    }

    /** Strings as SnakeYAML writes them, except that one of several lines becomes a {@code |} block. */
    private static final class TextBlocks extends Representer {

        TextBlocks(DumperOptions options) {
            super(options);
            representers.put(String.class, data -> {
                String text = (String) data;
                ScalarStyle style = text.contains("\n") ? ScalarStyle.LITERAL : defaultScalarStyle;
                return representScalar(Tag.STR, text, style);
            });
        }
    }
}
