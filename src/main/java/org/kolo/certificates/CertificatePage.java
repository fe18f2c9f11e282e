package org.kolo.certificates;

import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.H1;
import static org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes.P;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.kolo.certificates.CertificateTemplate.Colours;
import org.kolo.certificates.TaggedPage.Run;
import org.kolo.certificates.TaggedPage.Style;
import org.kolo.certificates.TextFit.Fitted;
import org.kolo.printing.QrCode;

/** The layout of a certificate on an A4 landscape page, in points from the bottom left corner. */
final class CertificatePage {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MM = 72 / 25.4f;
    private static final float WIDTH = SIZE.getWidth();
    private static final float HEIGHT = SIZE.getHeight();
    private static final float MARGIN = 62;
    private static final float TEXT_WIDTH = WIDTH - 2 * 110;
    private static final float LOGO_HEIGHT = 25 * MM;
    private static final float LOGO_WIDTH = 60 * MM;
    /** The QR code with its quiet zone (4 modules, about 5 pt), placed so that the dark modules end at the margins. */
    private static final float QR_SIDE = 36 * MM;

    private static final float QR_LEFT = WIDTH - MARGIN + 5 - QR_SIDE;
    private static final float QR_BOTTOM = MARGIN - 5;
    private static final float SIGNATURE_WIDTH = 330;
    private static final float VERIFICATION_WIDTH = 270;
    private static final float LEADING = 1.22f;

    /** Where a line starts, given its width. */
    private interface Align {
        float x(float lineWidth);
    }

    private static final Align CENTRED = width -> (WIDTH - width) / 2;
    private static final Align LEFT = width -> MARGIN;
    private static final Align BESIDE_QR = width -> QR_LEFT - 2 - width;

    private final TaggedPage page;
    private final CertificateText text;
    private final Colours colours;
    private final Color muted;
    private final PDType0Font regular;
    private final PDType0Font bold;

    CertificatePage(TaggedPage page, CertificateText text, Colours colours, PDType0Font regular, PDType0Font bold) {
        this.page = page;
        this.text = text;
        this.colours = colours;
        this.muted = lighter(colours.text(), 0.35f);
        this.regular = regular;
        this.bold = bold;
    }

    /** Draws everything, the texts in reading order. */
    void draw(Optional<PDImageXObject> logo, QrCode qr) throws IOException {
        frame();
        if (logo.isPresent()) {
            logo(logo.get());
        }
        float y = HEIGHT - 135;
        centred(H1, fit(text.title(), bold, 1, 34, 20), bold, colours.primary(), y);
        line(colours.accent(), 2, WIDTH / 2 - 40, WIDTH / 2 + 40, y - 22);
        TextFit name = new TextFit(text.name(), bold);
        Fitted nameLines = name.fit(TEXT_WIDTH, 1, 30, 18).orElseGet(() -> name.fitOrCut(TEXT_WIDTH, 2, 22, 10));
        y = centred(P, nameLines, bold, colours.text(), y - 85);
        y = centred(P, fit(text.statement(), regular, 2, 14, 9), regular, muted, y - 42);
        y = centred(P, fit(text.courseTitle(), bold, 3, 20, 11), bold, colours.primary(), y - 42);
        String hoursAndDate = String.join(
                "  ·  ",
                Stream.of(text.hours(), text.date())
                        .filter(part -> !part.isBlank())
                        .toList());
        centred(P, fit(hoursAndDate, regular, 1, 12, 8), regular, colours.text(), y - 38);
        signatory();
        verification(qr);
    }

    private void signatory() throws IOException {
        float y = MARGIN + 56;
        if (!text.signatoryName().isBlank()) {
            line(muted, 0.6f, MARGIN, MARGIN + 220, y);
        }
        paragraph(P, lines(fitLeft(text.signatoryName(), bold, 12), bold, colours.text(), LEFT, y - 16));
        paragraph(P, lines(fitLeft(text.signatoryRole(), regular, 10), regular, muted, LEFT, y - 30));
        paragraph(P, lines(fitLeft(text.organisation(), regular, 10), regular, colours.text(), LEFT, y - 44));
    }

    /** The code and the address to check it, right-aligned beside the QR code, level with its dark modules. */
    private void verification(QrCode qr) throws IOException {
        float quietZone = QrCode.QUIET_ZONE * QR_SIDE / qr.size();
        float top = QR_BOTTOM + QR_SIDE - quietZone;
        float bottom = QR_BOTTOM + quietZone;
        paragraph(
                P,
                Stream.concat(
                                beside(text.codeLabel(), regular, 8, muted, top - 7).stream(),
                                beside(text.code(), bold, 14, colours.text(), top - 25).stream())
                        .toList());
        paragraph(
                P,
                Stream.concat(
                                beside(text.verifyLabel(), regular, 8, muted, bottom + 11).stream(),
                                beside(text.verificationUrl(), regular, 8, colours.text(), bottom + 1).stream())
                        .toList());
        qrCode(qr);
    }

    private void frame() throws IOException {
        page.artifact(content -> {
            content.setStrokingColor(colours.primary());
            content.setLineWidth(5);
            content.addRect(20, 20, WIDTH - 40, HEIGHT - 40);
            content.stroke();
            content.setStrokingColor(colours.accent());
            content.setLineWidth(1.2f);
            content.addRect(31, 31, WIDTH - 62, HEIGHT - 62);
            content.stroke();
        });
    }

    private void line(Color colour, float thickness, float fromX, float toX, float y) throws IOException {
        page.artifact(content -> {
            content.setStrokingColor(colour);
            content.setLineWidth(thickness);
            content.moveTo(fromX, y);
            content.lineTo(toX, y);
            content.stroke();
        });
    }

    private void logo(PDImageXObject image) throws IOException {
        float scale = Math.min(LOGO_HEIGHT / image.getHeight(), LOGO_WIDTH / image.getWidth());
        float height = image.getHeight() * scale;
        page.artifact(content ->
                content.drawImage(image, MARGIN, HEIGHT - MARGIN - height, image.getWidth() * scale, height));
    }

    /** The dark modules as one path filled once, in module units with row 0 at the top. */
    private void qrCode(QrCode qr) throws IOException {
        float module = QR_SIDE / qr.size();
        page.artifact(content -> {
            content.transform(new Matrix(module, 0, 0, -module, QR_LEFT, QR_BOTTOM + QR_SIDE));
            content.setNonStrokingColor(Color.BLACK);
            qr.addTo(content);
            content.fill();
        });
    }

    private static Fitted fit(String line, PDType0Font font, int maxLines, float largest, float smallest) {
        return new TextFit(line, font).fitOrCut(TEXT_WIDTH, maxLines, largest, smallest);
    }

    private static Fitted fitLeft(String line, PDType0Font font, float size) {
        return new TextFit(line, font).fitOrCut(SIGNATURE_WIDTH, 1, size, size * 0.7f);
    }

    private static List<Run> beside(String line, PDType0Font font, float size, Color colour, float y) {
        return lines(new TextFit(line, font).fitOrCut(VERIFICATION_WIDTH, 1, size, 5.5f), font, colour, BESIDE_QR, y);
    }

    /** The fitted lines placed from baseline {@code y} downwards. */
    private static List<Run> lines(Fitted fitted, PDType0Font font, Color colour, Align align, float y) {
        Style style = new Style(font, fitted.size(), colour);
        List<Run> runs = new ArrayList<>();
        for (String line : fitted.lines()) {
            float width = TextFit.width(line, font, fitted.size());
            runs.add(new Run(line, style, align.x(width), y - runs.size() * fitted.size() * LEADING));
        }
        return runs;
    }

    /** Writes the lines centred from baseline {@code y} down; returns the last baseline ({@code y} if none). */
    private float centred(String type, Fitted fitted, PDType0Font font, Color colour, float y) throws IOException {
        List<Run> runs = lines(fitted, font, colour, CENTRED, y);
        paragraph(type, runs);
        return runs.isEmpty() ? y : runs.get(runs.size() - 1).y();
    }

    /** Writes the runs as one tagged paragraph, unless there are none. */
    private void paragraph(String type, List<Run> runs) throws IOException {
        if (!runs.isEmpty()) {
            page.text(type, runs);
        }
    }

    private static Color lighter(Color colour, float towardsWhite) {
        return new Color(
                mix(colour.getRed(), towardsWhite),
                mix(colour.getGreen(), towardsWhite),
                mix(colour.getBlue(), towardsWhite));
    }

    private static int mix(int channel, float towardsWhite) {
        return Math.round(channel + (255 - channel) * towardsWhite);
    }
}
