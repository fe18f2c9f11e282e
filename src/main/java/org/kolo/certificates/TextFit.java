package org.kolo.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds the largest font size at which a text fits a width in at most a given number of lines, wrapping at
 * spaces and after hyphens. Words are measured once; sizes only scale the measures.
 */
final class TextFit {

    record Fitted(float size, List<String> lines) {}

    private static final float STEP = 0.5f;

    private final PDType0Font font;
    private final List<Word> words = new ArrayList<>();
    private final float space;
    private final float widestWord;

    /** A piece that is never split; {@code width} in thousandths of the font size. */
    private record Word(String text, float width, boolean spaceAfter) {}

    TextFit(String text, PDType0Font font) {
        this.font = font;
        this.space = measure(" ");
        String printable = printable(text, font);
        for (String spaced : printable.isEmpty() ? new String[0] : printable.split(" ")) {
            String[] hyphenated = spaced.split("(?<=-)(?=.)");
            for (int i = 0; i < hyphenated.length; i++) {
                words.add(new Word(hyphenated[i], measure(hyphenated[i]), i == hyphenated.length - 1));
            }
        }
        this.widestWord = (float) words.stream().mapToDouble(Word::width).max().orElse(0);
    }

    /** The largest size from {@code largest} down to {@code smallest} at which the text fits, if any. */
    Optional<Fitted> fit(float width, int maxLines, float largest, float smallest) {
        for (float size = largest; size >= smallest; size -= STEP) {
            float lineWidth = width * 1000 / size;
            List<String> lines = wrap(lineWidth);
            if (lines.size() <= maxLines && widestWord <= lineWidth) {
                return Optional.of(new Fitted(size, lines));
            }
        }
        return Optional.empty();
    }

    /** Like {@link #fit}, but a text that does not fit at all is cut after {@code maxLines} lines. */
    Fitted fitOrCut(float width, int maxLines, float largest, float smallest) {
        return fit(width, maxLines, largest, smallest).orElseGet(() -> {
            List<String> lines = wrap(width * 1000 / smallest);
            return new Fitted(smallest, lines.subList(0, Math.min(maxLines, lines.size())));
        });
    }

    static float width(String line, PDType0Font font, float size) {
        return measure(line, font) * size / 1000;
    }

    /** Greedy wrapping; a word wider than the line gets a line of its own and sticks out. */
    private List<String> wrap(float lineWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        boolean spacePending = false;
        for (Word word : words) {
            float gap = spacePending ? space : 0;
            if (line.length() > 0 && used + gap + word.width() > lineWidth) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                gap = 0;
            }
            if (gap > 0) {
                line.append(' ');
            }
            line.append(word.text());
            used += gap + word.width();
            spacePending = word.spaceAfter();
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float measure(String text) {
        return measure(text, font);
    }

    private static float measure(String text, PDType0Font font) {
        try {
            return font.getStringWidth(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in composed form (NFC), with runs of white space as one space and without characters the font
     * has no glyph for, which PDFBox would refuse to write.
     */
    private static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text.strip(), Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (font.getCmapLookup().getGlyphId(c) > 0) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }
}
