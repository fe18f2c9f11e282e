package org.kolo.content.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of a GIFT question with its escapes ({@code \~ \= \# \{ \} \: \n \\}) resolved. It remembers which
 * characters were escaped, so that only the others count as GIFT syntax, and the line of each character, so that
 * a problem found in a slice points at the right line of the file.
 */
final class GiftText {

    private static final String ESCAPABLE = "~=#{}:\\";

    private final String text;
    private final boolean[] escaped;
    private final int[] lines;
    private final int endLine;

    private GiftText(String text, boolean[] escaped, int[] lines, int endLine) {
        this.text = text;
        this.escaped = escaped;
        this.lines = lines;
        this.endLine = endLine;
    }

    /** The lines joined with newlines, escapes resolved. */
    static GiftText of(List<SourceLine> source) {
        StringBuilder text = new StringBuilder();
        List<Boolean> escaped = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (SourceLine line : source) {
            if (!text.isEmpty()) {
                append(text, escaped, lines, '\n', false, line.number());
            }
            String raw = line.text();
            for (int i = 0; i < raw.length(); i++) {
                char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
                boolean escape = raw.charAt(i) == '\\' && (ESCAPABLE.indexOf(next) >= 0 || next == 'n');
                if (escape) {
                    i++;
                }
                char c = escape && next == 'n' ? '\n' : raw.charAt(i);
                append(text, escaped, lines, c, escape, line.number());
            }
        }
        boolean[] marks = new boolean[escaped.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = escaped.get(i);
        }
        int last = source.get(source.size() - 1).number();
        return new GiftText(
                text.toString(),
                marks,
                lines.stream().mapToInt(Integer::intValue).toArray(),
                last);
    }

    private static void append(
            StringBuilder text, List<Boolean> escaped, List<Integer> lines, char c, boolean isEscaped, int line) {
        text.append(c);
        escaped.add(isEscaped);
        lines.add(line);
    }

    /** The first occurrence of {@code token} from {@code from} made of unescaped characters, or -1. */
    int indexOf(String token, int from) {
        for (int i = text.indexOf(token, from); i >= 0; i = text.indexOf(token, i + 1)) {
            if (isSyntax(i, token.length())) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String token) {
        for (int i = text.lastIndexOf(token); i >= 0; i = text.lastIndexOf(token, i - 1)) {
            if (isSyntax(i, token.length())) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(String token) {
        return indexOf(token, 0) >= 0;
    }

    boolean startsWith(String token) {
        return indexOf(token, 0) == 0;
    }

    private boolean isSyntax(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (escaped[i]) {
                return false;
            }
        }
        return true;
    }

    GiftText slice(int from, int to) {
        return new GiftText(
                text.substring(from, to),
                Arrays.copyOfRange(escaped, from, to),
                Arrays.copyOfRange(lines, from, to),
                lineAt(to));
    }

    GiftText slice(int from) {
        return slice(from, text.length());
    }

    /** Without the whitespace around it, escaped or not (GIFT trims every piece). */
    GiftText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return slice(from, to);
    }

    /**
     * Cut before each unescaped character of {@code markers}; each piece but perhaps the first starts with its
     * marker. A first piece that is only whitespace is dropped.
     */
    List<GiftText> splitBefore(String markers) {
        List<GiftText> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i > start && markers.indexOf(text.charAt(i)) >= 0 && !escaped[i]) {
                pieces.add(slice(start, i));
                start = i;
            }
        }
        pieces.add(slice(start));
        if (pieces.get(0).strip().isEmpty()) {
            pieces.remove(0);
        }
        return pieces;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    /** The line of the character at {@code index}; the piece's last line past its end. */
    int lineAt(int index) {
        return index < lines.length ? lines[index] : endLine;
    }

    int line() {
        return lineAt(0);
    }

    @Override
    public String toString() {
        return text;
    }
}
