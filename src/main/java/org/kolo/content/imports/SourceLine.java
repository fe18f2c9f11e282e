package org.kolo.content.imports;

import java.util.List;
import java.util.stream.IntStream;

/** One line of an imported file with its 1-based number, for problems that point at it. */
record SourceLine(int number, String text) {

    static final String BREAK = "\r\n|[\r\n\u0085\u2028\u2029]";

    /** Lines as YAML counts them: the Unicode line and paragraph separators end a line too. */
    static List<SourceLine> split(String content) {
        String[] lines = content.split(BREAK, -1);
        return IntStream.range(0, lines.length)
                .mapToObj(i -> new SourceLine(i + 1, lines[i]))
                .toList();
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
