package org.kolo.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Inputs near valid ones: a valid sample with a few edits (a format token or a hostile character put in, a part
 * cut, doubled or truncated, lines swapped), sometimes random text alone. Parsers break near valid input, not on
 * noise, so most inputs start from a sample.
 */
public final class Mutations implements Function<Random, String> {

    /** Characters that break careless code: controls, NUL, BOM, bidi and zero-width marks, a lone surrogate. */
    private static final List<String> HOSTILE = List.of(
            "\u0000",
            "\u0007",
            "\t",
            "\r",
            "\r\n",
            "\n",
            "\n\n",
            "\u000B",
            "\u001B",
            "\u007F",
            "\u0085",
            "\u00A0",
            "\u2028",
            "\u2029",
            "\uFEFF",
            "\u202E",
            "\u2066",
            "\u200B",
            "\u200D",
            "\uD800",
            "\uDFFF",
            "\uFFFD",
            "\uFFFF",
            "\uD83D\uDE00",
            "\u0301",
            "әғқңөұүһі",
            "ЁёЇїЄєҐґ",
            " ",
            "\"",
            "'",
            "\\",
            "/",
            "../",
            "%00",
            "&amp;",
            "<",
            ">",
            "<script>",
            "javascript:",
            "\u0130",
            "ß",
            "99999999999999999999",
            "-1",
            "0",
            "1e400",
            "NaN");

    private static final int LONGEST_RUN = 5000;

    private final List<String> samples;
    private final List<String> tokens;

    /** {@code tokens} are the format's own syntax, the likeliest to confuse its parser. */
    public Mutations(List<String> samples, List<String> tokens) {
        this.samples = List.copyOf(samples);
        this.tokens = Stream.concat(tokens.stream(), HOSTILE.stream()).toList();
    }

    @Override
    public String apply(Random random) {
        String text = random.nextInt(20) == 0 ? noise(random) : samples.get(random.nextInt(samples.size()));
        int edits = 1 + random.nextInt(random.nextInt(4) == 0 ? 30 : 5);
        for (int i = 0; i < edits; i++) {
            text = edit(text, random);
        }
        return text;
    }

    /** The text as UTF-8, sometimes with bytes that are not UTF-8 at all. */
    public static byte[] bytes(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || random.nextInt(4) != 0) {
            return bytes;
        }
        byte[] broken = bytes.clone();
        int at = random.nextInt(broken.length);
        broken[at] = (byte)
                switch (random.nextInt(4)) {
                    case 0 -> 0xFF;
                    case 1 -> 0xC3;
                    case 2 -> 0x80;
                    default -> random.nextInt(256);
                };
        return broken;
    }

    private String edit(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), at + random.nextInt(1 + Math.min(200, text.length())));
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> text.substring(0, at) + token(random) + text.substring(at);
            case 3 -> text.substring(0, at) + text.substring(to);
            case 4 -> text.substring(0, to) + text.substring(at, to) + text.substring(to);
            case 5 -> text.substring(0, at);
            case 6 ->
                text.substring(0, at) + token(random).repeat(1 + random.nextInt(LONGEST_RUN)) + text.substring(at);
            case 7 -> swapLines(text, random);
            default ->
                text.substring(0, at)
                        + (char) random.nextInt(0x10000)
                        + text.substring(Math.min(text.length(), at + 1));
        };
    }

    private String token(Random random) {
        return tokens.get(random.nextInt(tokens.size()));
    }

    private static String swapLines(String text, Random random) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return text;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String line = lines[a];
        lines[a] = lines[b];
        lines[b] = line;
        return String.join("\n", lines);
    }

    private String noise(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? token(random) : String.valueOf((char) random.nextInt(0x500)));
        }
        return text.toString();
    }
}
