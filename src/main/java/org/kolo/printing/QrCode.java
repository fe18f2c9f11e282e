package org.kolo.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code (error correction M) as a square of modules, the 4-module quiet zone included. */
public final class QrCode {

    public static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrCode encode(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        // Only non-ASCII content needs the UTF-8 marker (ECI), which a few older scanners misread.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Size 0 asks for one unit per module, whatever the version turns out to be.
            return new QrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + content.length() + " characters", e);
        }
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** Whether the module in column {@code x}, row {@code y} (row 0 at the top) is dark. */
    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    /**
     * Adds the dark modules to a PDF path, one rectangle per run of dark modules in a row, in module units with row 0
     * at the top: the caller scales and places them, then fills the path once.
     */
    public void addTo(PDPageContentStream content) throws IOException {
        forEachRun((column, row, length) -> content.addRect(column, row, length, 1));
    }

    /** The code as an SVG image (one path, in module units), to draw on a page at any size without a raster. */
    public String svg(String title) {
        StringBuilder path = new StringBuilder();
        try {
            forEachRun((column, row, length) -> path.append('M')
                    .append(column)
                    .append(' ')
                    .append(row)
                    .append('h')
                    .append(length)
                    .append("v1h-")
                    .append(length)
                    .append('z'));
        } catch (IOException e) {
            throw new IllegalStateException("a string builder does not fail", e);
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size() + " " + size()
                + "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" + escape(title)
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                + "\"/></svg>";
    }

    private interface Run {
        void accept(int column, int row, int length) throws IOException;
    }

    private void forEachRun(Run run) throws IOException {
        for (int row = 0; row < size(); row++) {
            int start = -1;
            for (int column = 0; column <= size(); column++) {
                boolean dark = column < size() && isDark(column, row);
                if (dark && start < 0) {
                    start = column;
                } else if (!dark && start >= 0) {
                    run.accept(start, row, column - start);
                    start = -1;
                }
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
