package org.kolo.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML between the {@code ---} fences at the top of a lesson file: keys with one-line text values, read with the
 * same YAML parser as course and quiz files, so quoting and escapes mean what they mean there.
 */
record FrontMatter(Map<String, String> values, Map<String, Integer> lines, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** The front matter of {@code text}; empty, with the problem added, when it is missing, unclosed or not YAML. */
    static Optional<FrontMatter> parse(Path file, String text, List<ContentProblem> problems) {
        String[] lines = text.split("\n", -1);
        int end = closingFence(lines);
        if (end < 0) {
            problems.add(ContentProblem.error(file, 1, "a lesson starts with front matter: ---, title: …, ---"));
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        if (yaml.isBlank()) {
            return Optional.of(new FrontMatter(Map.of(), Map.of(), body, end + 2));
        }
        return ContentFiles.yaml(file, yaml, 1, problems)
                .flatMap(node -> values(file, node, problems))
                .map(values -> new FrontMatter(values.values(), values.lines(), body, end + 2));
    }

    /** The line of {@code key}, or the first line when it is not there. */
    int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    private static int closingFence(String[] lines) {
        if (lines.length < 2 || !lines[0].strip().equals(FENCE)) {
            return -1;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private record Values(Map<String, String> values, Map<String, Integer> lines) {}

    private static Optional<Values> values(Path file, YamlNode node, List<ContentProblem> problems) {
        if (!node.isMap()) {
            problems.add(ContentProblem.error(file, node.line(), "front matter is key: value lines"));
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        node.children().forEach((key, value) -> {
            Optional<String> text = value.text();
            if (text.isEmpty()) {
                problems.add(ContentProblem.error(file, value.line(), key + ": one line of text (put it in quotes)"));
            } else {
                values.put(key, text.get());
                lines.put(key, value.line());
            }
        });
        return Optional.of(new Values(Collections.unmodifiableMap(values), Collections.unmodifiableMap(lines)));
    }
}
