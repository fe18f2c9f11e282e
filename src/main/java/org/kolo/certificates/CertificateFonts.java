package org.kolo.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped with Kolo (see fonts/DejaVu-LICENSE.txt). The files are read once;
 * parsed fonts are kept for reuse because parsing costs more than a whole certificate, and each is lent to one
 * document at a time because a TrueTypeFont reads its tables lazily and is not thread-safe.
 */
final class CertificateFonts {

    record Pair(TrueTypeFont regular, TrueTypeFont bold) {}

    // Static: CDI also constructs the bean's client proxy, which should not read the files a second time.
    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");

    private static final java.util.BitSet PRINTABLE = printable(parse(BOLD));

    private final Queue<Pair> idle = new ConcurrentLinkedQueue<>();

    /** Whether every character has a glyph in the bold face names are printed in (emoji, say, have none). */
    static boolean canPrint(String text) {
        return text.codePoints().allMatch(c -> c == ' ' || PRINTABLE.get(c));
    }

    private static java.util.BitSet printable(TrueTypeFont font) {
        try {
            var cmap = font.getUnicodeCmapLookup();
            java.util.BitSet printable = new java.util.BitSet(0x10000);
            for (int c = 0x21; c < 0x10000; c++) {
                if (cmap.getGlyphId(c) > 0) {
                    printable.set(c);
                }
            }
            return printable;
        } catch (IOException e) {
            throw new UncheckedIOException("the font shipped with Kolo has no Unicode map", e);
        }
    }

    Pair borrow() {
        Pair pair = idle.poll();
        return pair != null ? pair : new Pair(parse(REGULAR), parse(BOLD));
    }

    void giveBack(Pair pair) {
        idle.offer(pair);
    }

    private static TrueTypeFont parse(byte[] file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the font shipped with Kolo cannot be parsed", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
