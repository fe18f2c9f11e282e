package org.kolo.printing;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** DejaVu Sans, shipped with Kolo, embedded as a subset: every Kazakh and Ukrainian letter prints. */
public final class PdfFonts {

    private PdfFonts() {}

    public static PDFont regular(PDDocument pdf) throws IOException {
        return load(pdf, "/fonts/DejaVuSans.ttf");
    }

    public static PDFont bold(PDDocument pdf) throws IOException {
        return load(pdf, "/fonts/DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            return PDType0Font.load(pdf, in, true);
        }
    }
}
