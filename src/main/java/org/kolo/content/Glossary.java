package org.kolo.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kolo.web.Language;

/**
 * One word for one thing in each language ({@code content/glossary.yaml}): each term names its words and the
 * variants to avoid, which the checker refuses in lessons, quizzes and course files, and a test refuses in the
 * interface's messages. A variant matches at the start of a word, so that its inflected forms match too.
 */
public final class Glossary {

    /** A variant to avoid in a language, with the word to use instead and what it means. */
    public record Avoid(String language, String variant, String use, String means, Pattern pattern) {}

    /** Where a text uses a variant to avoid: its line within the text, 1-based. */
    public record Finding(int line, Avoid avoid) {
        public String message() {
            return "glossary: write '" + avoid.use() + "' (" + avoid.means() + "), not '" + avoid.variant() + "'";
        }
    }

    private static final Pattern LANGUAGE_KEY = Pattern.compile("^(\\s*)(?:- )?(" + Language.CODES + "):\\s?(.*)$");
    private static final Pattern FLOW_TEXT =
            Pattern.compile("[{,]\\s*(" + Language.CODES + "):\\s*(\"[^\"]*\"|'[^']*'|[^,}]*)");

    private final List<Avoid> avoid;

    private Glossary(List<Avoid> avoid) {
        this.avoid = List.copyOf(avoid);
    }

    public static final Glossary EMPTY = new Glossary(List.of());

    /** The glossary in {@code file}; empty when there is none, with the problems found added. */
    public static Glossary read(Path file, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        Optional<YamlNode> yaml = ContentFiles.yaml(file, problems);
        List<Avoid> avoid = new ArrayList<>();
        for (YamlNode term :
                yaml.flatMap(node -> node.get("terms")).map(YamlNode::items).orElse(List.of())) {
            String means = term.get("means").flatMap(YamlNode::text).orElse("");
            if (means.isBlank()) {
                problems.add(ContentProblem.error(file, term.line(), "a glossary term says what it means: means: …"));
            }
            Map<String, YamlNode> variants =
                    term.get("avoid").map(YamlNode::children).orElse(Map.of());
            for (Map.Entry<String, YamlNode> entry : variants.entrySet()) {
                String language = entry.getKey();
                String use = term.get(language).flatMap(YamlNode::text).orElse("");
                if (!ContentReader.LANGUAGES.contains(language) || use.isBlank()) {
                    problems.add(ContentProblem.error(
                            file,
                            entry.getValue().line(),
                            "avoid: " + language + " needs a known language and the word to use (" + language
                                    + ": …)"));
                    continue;
                }
                for (YamlNode item : entry.getValue().items()) {
                    item.text()
                            .filter(text -> !text.isBlank())
                            .ifPresent(variant -> avoid.add(new Avoid(
                                    language,
                                    variant,
                                    use,
                                    means,
                                    Pattern.compile(
                                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(variant),
                                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
                }
            }
        }
        return new Glossary(avoid);
    }

    /** The variants to avoid that {@code text}, written in {@code language}, uses. */
    public List<Finding> findings(String language, String text) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Avoid variant : avoid) {
                if (variant.language().equals(language)
                        && variant.pattern().matcher(lines[i]).find()) {
                    findings.add(new Finding(i + 1, variant));
                }
            }
        }
        return findings;
    }

    /**
     * The findings in a YAML file whose texts sit under language keys ({@code kk: …}, or a block below
     * {@code kk: |}), as quiz and course files write them.
     */
    public List<Finding> findingsInYaml(String yaml) {
        List<Finding> findings = new ArrayList<>();
        String language = null;
        int indent = -1;
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = LANGUAGE_KEY.matcher(lines[i]);
            String text;
            if (matcher.matches()) {
                language = matcher.group(2);
                indent = matcher.group(1).length();
                text = matcher.group(3);
            } else if (language != null
                    && (lines[i].isBlank()
                            || lines[i].length() - lines[i].stripLeading().length() > indent)) {
                text = lines[i];
            } else {
                language = null;
                indent = -1;
                text = "";
            }
            int line = i + 1;
            scanInline(lines[i], findings, line);
            if (language != null && !text.isBlank()) {
                findings(language, text).forEach(f -> findings.add(new Finding(line, f.avoid())));
            }
        }
        return findings.stream().distinct().toList();
    }

    /** Flow mappings such as {@code text: {ru: …, kk: …}} on one line. */
    private void scanInline(String line, List<Finding> findings, int number) {
        Matcher flow = FLOW_TEXT.matcher(line);
        while (flow.find()) {
            findings(flow.group(1), flow.group(2)).forEach(f -> findings.add(new Finding(number, f.avoid())));
        }
    }

    public boolean isEmpty() {
        return avoid.isEmpty();
    }
}
