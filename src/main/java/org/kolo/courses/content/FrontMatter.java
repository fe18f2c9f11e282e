package org.kolo.courses.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code ---}-fenced {@code key: value} lines at the top of a lesson file. */
record FrontMatter(Map<String, String> values, String body, int bodyLine) {

    /** Null when the text does not start with a closed front matter block. */
    static FrontMatter parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(values, body, i + 2);
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            }
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
