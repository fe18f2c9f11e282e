package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static final CertificateTemplate TEMPLATE = CertificateTemplate.load(Path.of("content/certificates"));
    static final CertificatePdf PDF = new CertificatePdf();
    static final String LINK = "http://127.0.0.1:8080/verify/K7QM-4HXD-9TZP-2RWA";
    /** A link with a signed payload in its fragment, as long as the real ones (about 350 characters). */
    static final String LINK_WITH_PAYLOAD = LINK + "#v1." + "eyJjIjoiSzdRTS00SFhELTlUWlAtMlJXQSIsIm4iOiLTmNC5".repeat(5)
            + ".Qm9keVNpZ25hdHVyZV9fX2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6";

    static CertificateText kazakh(String name, String courseTitle) {
        return new CertificateText(
                "kk",
                "Сертификат",
                name,
                "келесі курсты аяқтады",
                courseTitle,
                "12 сағат",
                "29 қараша 2026 ж.",
                "Коло — әйелдердің өзара қолдау желісі",
                "Айгүл Сейітқали",
                "Бағдарлама үйлестірушісі",
                "Сертификат коды",
                "K7QM-4HXD-9TZP-2RWA",
                "Тексеру:",
                LINK,
                LINK_WITH_PAYLOAD,
                Instant.parse("2026-11-29T10:15:30Z"));
    }

    static final CertificateText KAZAKH = kazakh("Әйгерім Құрманғалиқызы", "Құқықтық сауаттылық курсы");

    @Test
    void kazakh_name_course_and_code_can_be_copied_from_the_pdf() throws IOException {
        String text = textOf(PDF.render(KAZAKH, TEMPLATE));

        assertTrue(text.contains("Әйгерім Құрманғалиқызы"), text);
        assertTrue(text.contains("Құқықтық сауаттылық курсы"), text);
        assertTrue(text.contains("K7QM-4HXD-9TZP-2RWA"), text);
        assertTrue(text.contains(LINK), text);
    }

    @Test
    void every_kazakh_and_ukrainian_letter_is_printed_as_text() throws IOException {
        String kazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        String ukrainianLetters = "ҐґЄєІіЇї";
        CertificateText letters = kazakh(kazakhLetters + " " + ukrainianLetters, "Ґрунтовний курс: Єдність");

        String text = textOf(PDF.render(letters, TEMPLATE));

        assertTrue(text.contains(kazakhLetters + " " + ukrainianLetters), text);
        assertTrue(text.contains("Ґрунтовний курс: Єдність"), text);
    }

    @Test
    void english_certificate_reads_back_letter_for_letter() throws IOException {
        CertificateText english = new CertificateText(
                "en",
                "Certificate",
                "Alice Sheffield",
                "has completed the course",
                "Legal literacy: fines, official offices and first aid",
                "12 hours",
                "29 November 2026",
                "Kolo — women's mutual support network",
                "Aigul Seitkali",
                "Programme coordinator",
                "Certificate code",
                "K7QM-4HXD-9TZP-2RWA",
                "Check at:",
                LINK,
                LINK,
                Instant.now());

        String text = textOf(PDF.render(english, TEMPLATE));

        assertTrue(text.contains("Certificate"), text);
        assertTrue(text.contains("Alice Sheffield"), text);
        assertTrue(text.contains("Legal literacy: fines, official offices and first aid"), text);
    }

    @Test
    void certificate_stays_under_50_kb() {
        byte[] pdf = PDF.render(kazakh("Әйгерім Құрманғалиқызы-Нұрсұлтанова", "Құқықтық сауаттылық курсы"), TEMPLATE);

        assertTrue(pdf.length <= 50 * 1024, pdf.length + " bytes");
    }

    @Test
    void title_language_and_author_are_in_the_document_properties() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, TEMPLATE))) {
            assertEquals(
                    "Сертификат — Құқықтық сауаттылық курсы",
                    document.getDocumentInformation().getTitle());
            assertEquals(
                    "Коло — әйелдердің өзара қолдау желісі",
                    document.getDocumentInformation().getAuthor());
            assertEquals("Kolo", document.getDocumentInformation().getCreator());
            assertEquals(
                    Instant.parse("2026-11-29T10:15:30Z"),
                    document.getDocumentInformation().getCreationDate().toInstant());
            assertEquals("kk", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void fonts_are_embedded_as_subsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, TEMPLATE))) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName());
            }
            assertEquals(2, names.size(), names.toString());
            names.forEach(name -> assertTrue(name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), name));
        }
    }

    @Test
    void page_is_a4_landscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, TEMPLATE))) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(841.9, document.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(595.3, document.getPage(0).getMediaBox().getHeight(), 0.1);
        }
    }

    @Test
    void qr_code_on_the_printed_page_scans_as_the_verification_link() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, TEMPLATE))) {
            assertEquals(LINK_WITH_PAYLOAD, org.kolo.testing.QrScanner.scan(document));
        }
    }

    @Test
    void qr_code_is_drawn_as_shapes_not_as_a_picture() throws IOException {
        CertificateTemplate withoutLogo = new CertificateTemplate(
                TEMPLATE.version(),
                TEMPLATE.title(),
                TEMPLATE.organisation(),
                TEMPLATE.signatoryName(),
                TEMPLATE.signatoryRole(),
                TEMPLATE.colours(),
                Optional.empty());

        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, withoutLogo))) {
            assertEquals(0, count(document.getPage(0).getResources().getXObjectNames()));
            assertEquals(LINK_WITH_PAYLOAD, org.kolo.testing.QrScanner.scan(document));
        }
    }

    @Test
    void a_jpeg_logo_is_embedded_as_it_is() throws IOException {
        BufferedImage picture = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillOval(10, 10, 60, 60);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);
        CertificateTemplate withJpeg = new CertificateTemplate(
                TEMPLATE.version(),
                TEMPLATE.title(),
                TEMPLATE.organisation(),
                TEMPLATE.signatoryName(),
                TEMPLATE.signatoryRole(),
                TEMPLATE.colours(),
                Optional.of(new CertificateTemplate.Logo(jpeg.toByteArray(), CertificateTemplate.ImageType.JPEG)));

        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, withJpeg))) {
            PDResources resources = document.getPage(0).getResources();
            PDImageXObject logo = (PDImageXObject)
                    resources.getXObject(resources.getXObjectNames().iterator().next());
            assertEquals(List.of(COSName.DCT_DECODE), logo.getStream().getFilters());
            assertEquals(120, logo.getWidth());
        }
    }

    @Test
    void screen_readers_get_a_heading_and_paragraphs_in_reading_order() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(KAZAKH, TEMPLATE))) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog()
                    .getStructureTreeRoot()
                    .getKids()
                    .get(0);
            assertEquals("Document", root.getStructureType());
            List<String> types = root.getKids().stream()
                    .map(kid -> ((PDStructureElement) kid).getStructureType())
                    .toList();
            assertEquals("H1", types.get(0));
            assertTrue(types.subList(1, types.size()).stream().allMatch("P"::equals), types.toString());
            assertEquals(0, document.getPage(0).getStructParents());
            PDParentTreeValue pageElements = (PDParentTreeValue) document.getDocumentCatalog()
                    .getStructureTreeRoot()
                    .getParentTree()
                    .getValue(0);
            assertEquals(types.size(), ((COSArray) pageElements.getCOSObject()).size());
        }
    }

    @Test
    void long_name_and_long_course_title_stay_inside_the_frame() throws IOException {
        String longName = "Әйгерім Құрманғалиқызы-Нұрсұлтанова";
        String longCourse = "Құқықтық сауаттылық курсы: адам құқықтары, денсаулық сақтау, әлеуметтік көмек, "
                + "тұрғын үй, еңбек құқықтары және құқық қорғау органдарымен қарым-қатынас туралы толық бағдарлама";
        byte[] pdf = PDF.render(kazakh(longName, longCourse), TEMPLATE);

        List<TextPosition> glyphs = new ArrayList<>();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(glyph);
                    super.processTextPosition(glyph);
                }
            };
            text = stripper.getText(document);
        }
        assertTrue(text.contains(longName), text);
        assertTrue(text.replace("\n", " ").replaceAll("\\s+", " ").contains(longCourse), text);
        for (TextPosition glyph : glyphs) {
            assertTrue(glyph.getX() > 40 && glyph.getX() + glyph.getWidth() < 841.9 - 40, glyph.getUnicode());
            assertTrue(glyph.getY() > 40 && glyph.getY() < 595.3 - 40, glyph.getUnicode());
        }
    }

    @Test
    void certificates_rendered_at_the_same_time_keep_their_own_names() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                CertificateText certificate = kazakh("Айгерім Нөмір " + i, "Құқықтық сауаттылық курсы");
                texts.add(threads.submit(() -> textOf(PDF.render(certificate, TEMPLATE))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertTrue(
                        texts.get(i).get().contains("Айгерім Нөмір " + i + "\n"),
                        texts.get(i).get());
            }
        } finally {
            threads.shutdown();
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int count(Iterable<?> items) {
        int count = 0;
        for (Object ignored : items) {
            count++;
        }
        return count;
    }
}
