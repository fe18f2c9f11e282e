package org.kolo.quizzes.imports;

import java.util.List;
import java.util.stream.IntStream;

/** One line of an imported file with its 1-based number, for problems that point at it. */
record SourceLine(int number, String text) {

    static List<SourceLine> split(String content) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        return IntStream.range(0, lines.length).mapToObj(i -> new SourceLine(i + 1, lines[i])).toList();
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
