package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.kolo.certificates.CertificateTemplate.Logo;
import org.kolo.printing.QrCode;

/**
 * Renders a certificate as a one-page, tagged PDF with embedded font subsets and a vector QR code. The only bean
 * that uses PDFBox. Thread-safe; also usable without CDI ({@code new CertificatePdf()}).
 */
@ApplicationScoped
public class CertificatePdf {

    private final CertificateFonts fonts = new CertificateFonts();
    private volatile PdfLogo lastLogo;

    /** The PDF of one certificate; {@code text} is printed as given, {@code template} gives the look. */
    public byte[] render(CertificateText text, CertificateTemplate template) {
        CertificateFonts.Pair parsed = fonts.borrow();
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, text);
            PDPage page = new PDPage(CertificatePage.SIZE);
            pdf.addPage(page);
            Optional<PDImageXObject> logo = template.logo().isPresent()
                    ? Optional.of(pdfLogo(template.logo().get()).embedIn(pdf))
                    : Optional.empty();
            try (TaggedPage tagged = new TaggedPage(pdf, page)) {
                new CertificatePage(
                                tagged,
                                text,
                                template.colours(),
                                PDType0Font.load(pdf, parsed.regular(), true),
                                PDType0Font.load(pdf, parsed.bold(), true))
                        .draw(logo, QrCode.encode(text.qrContent()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(40_000);
            pdf.save(out);
            // Only a font that went through a whole document goes back: a failure may have left it mid-read.
            fonts.giveBack(parsed);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate PDF could not be written", e);
        }
    }

    private static void describe(PDDocument pdf, CertificateText text) {
        pdf.setVersion(1.7f);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(text.title() + " — " + text.courseTitle());
        info.setAuthor(text.organisation());
        info.setSubject(text.courseTitle());
        info.setCreator("Kolo");
        info.setCreationDate(GregorianCalendar.from(text.issuedAt().atZone(ZoneOffset.UTC)));
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(text.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /** The last template's logo is kept encoded: templates change rarely, certificates are many. */
    private PdfLogo pdfLogo(Logo logo) {
        PdfLogo cached = lastLogo;
        if (cached == null || cached.source != logo) {
            cached = PdfLogo.of(logo);
            lastLogo = cached;
        }
        return cached;
    }
}
