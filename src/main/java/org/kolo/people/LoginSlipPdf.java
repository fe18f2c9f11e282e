package org.kolo.people;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.kolo.printing.PdfFonts;
import org.kolo.printing.QrCode;
import org.kolo.printing.TextLines;

/**
 * A login slip on one A6 page (a quarter of A4), in DejaVu Sans so Kazakh and Ukrainian letters print: the address,
 * nickname and one-time password large enough to type from, and a QR code that opens the login in her language.
 * The title says "Kolo" and nothing about what Kolo is for.
 */
final class LoginSlipPdf {

    private static final PDRectangle PAGE = PDRectangle.A6;
    private static final float MARGIN = 24;
    private static final float QR_SIDE = 112;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private LoginSlipPdf() {}

    static byte[] render(LoginSlip slip, SlipWords words) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle("Kolo");
            pdf.getDocumentCatalog().setLanguage(slip.language().code());
            PDFont regular = PdfFonts.regular(pdf);
            PDFont bold = PdfFonts.bold(pdf);
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                Writer writer = new Writer(content, regular, bold);
                writer.text(bold, 18, Color.BLACK, "Kolo");
                writer.gap(4);
                writer.text(regular, 10, MUTED, words.heading());
                writer.gap(8);
                writer.field(words.address(), slip.address());
                writer.field(words.nickname(), slip.nickname());
                writer.field(words.password(), slip.oneTimePassword());
                writer.gap(2);
                writer.text(regular, 8, MUTED, words.note());
                float qrBottom = MARGIN + 14;
                qr(content, QrCode.encode(slip.loginUrl()), (PAGE.getWidth() - QR_SIDE) / 2, qrBottom);
                writer.centred(regular, 8, MUTED, words.scan(), MARGIN);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(40_000);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the login slip could not be written", e);
        }
    }

    /** Writes lines downwards from the top margin. */
    private static final class Writer {
        private final PDPageContentStream content;
        private final PDFont regular;
        private final PDFont bold;
        private float y = PAGE.getHeight() - MARGIN;

        Writer(PDPageContentStream content, PDFont regular, PDFont bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        void field(String label, String value) throws IOException {
            text(regular, 8, MUTED, label);
            text(bold, 14, Color.BLACK, value);
            gap(5);
        }

        void gap(float points) {
            y -= points;
        }

        void text(PDFont font, float size, Color colour, String text) throws IOException {
            List<String> lines = TextLines.wrap(font, size, text, PAGE.getWidth() - 2 * MARGIN);
            for (String line : lines) {
                y -= size * 1.25f;
                show(font, size, colour, line, MARGIN, y);
            }
        }

        void centred(PDFont font, float size, Color colour, String text, float baseline) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            show(font, size, colour, text, Math.max(MARGIN, (PAGE.getWidth() - width) / 2), baseline);
        }

        private void show(PDFont font, float size, Color colour, String text, float x, float baseline)
                throws IOException {
            content.beginText();
            content.setNonStrokingColor(colour);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }
    }

    private static void qr(PDPageContentStream content, QrCode qr, float left, float bottom) throws IOException {
        float module = QR_SIDE / qr.size();
        content.saveGraphicsState();
        content.transform(new Matrix(module, 0, 0, -module, left, bottom + QR_SIDE));
        content.setNonStrokingColor(Color.BLACK);
        qr.addTo(content);
        content.fill();
        content.restoreGraphicsState();
    }
}
