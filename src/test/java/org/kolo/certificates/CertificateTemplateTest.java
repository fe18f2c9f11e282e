package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolo.certificates.CertificateTemplate.ImageType;

class CertificateTemplateTest {

    static final Path SHIPPED = Path.of("content/certificates");

    @TempDir
    Path folder;

    @Test
    void shipped_template_loads_with_its_texts_colours_and_logo() {
        CertificateTemplate template = CertificateTemplate.load(SHIPPED);

        assertTrue(template.version().matches("1-[0-9a-f]{12}"), template.version());
        assertEquals("Сертификат", CertificateTemplate.pick(template.title(), "kk"));
        assertEquals("Коло — мережа взаємопідтримки жінок", CertificateTemplate.pick(template.organisation(), "uk"));
        assertEquals("Бағдарлама үйлестірушісі", CertificateTemplate.pick(template.signatoryRole(), "kk"));
        assertEquals(new Color(0x5B2A86), template.colours().primary());
        assertEquals(ImageType.PNG, template.logo().orElseThrow().type());
    }

    @Test
    void a_missing_language_falls_back_to_russian_then_to_the_first_text() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", "Certificate");
        assertEquals("Certificate", CertificateTemplate.pick(texts, "kk"));
        texts.put("ru", "Сертификат");
        assertEquals("Сертификат", CertificateTemplate.pick(texts, "kk"));
        assertEquals("Certificate", CertificateTemplate.pick(texts, "en"));
        assertEquals("", CertificateTemplate.pick(Map.of(), "kk"));
    }

    @Test
    void a_bad_colour_is_reported_with_file_line_and_field() throws IOException {
        copyShipped();
        edit("\"#5B2A86\"", "\"#5B2A8\"");

        String message = failure();

        assertTrue(
                message.contains("template.yaml:" + lineOf("#5B2A8") + ": colours.primary: '#5B2A8' is not a colour"),
                message);
    }

    @Test
    void an_unquoted_colour_is_explained() throws IOException {
        copyShipped();
        edit("\"#E0A458\"", "#E0A458");

        assertTrue(failure().contains("colours.accent: is empty; put the colour in quotes"), failure());
    }

    @Test
    void a_logo_that_is_not_png_or_jpeg_is_refused() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("logo.png"), "GIF89a, not really a PNG");

        String message = failure();

        assertTrue(message.contains("template.yaml:" + lineOf("logo:") + ": logo: "), message);
        assertTrue(message.contains("logo.png is neither a PNG nor a JPEG image"), message);
    }

    @Test
    void a_logo_over_100_kb_is_refused() throws IOException {
        copyShipped();
        byte[] large = new byte[100 * 1024 + 1];
        System.arraycopy(Files.readAllBytes(SHIPPED.resolve("logo.png")), 0, large, 0, 100);
        Files.write(folder.resolve("logo.png"), large);

        assertTrue(failure().contains("a logo may have at most 102400 (100 KB)"), failure());
    }

    @Test
    void a_missing_logo_file_is_named() throws IOException {
        copyShipped();
        Files.delete(folder.resolve("logo.png"));

        assertTrue(failure().contains("logo: " + folder.resolve("logo.png") + " does not exist"), failure());
    }

    @Test
    void an_unknown_field_is_refused_so_that_typos_show() throws IOException {
        copyShipped();
        edit("logo: logo.png", "logo: logo.png\nsignature: signature.png");

        assertTrue(
                failure()
                        .contains("template.yaml:" + lineOf("signature:")
                                + ": signature: unknown field; known here: version, title"),
                failure());
    }

    @Test
    void a_text_too_long_for_the_certificate_is_refused() throws IOException {
        copyShipped();
        edit("  en: Certificate", "  en: " + "Certificate of completion ".repeat(3));

        assertTrue(failure().contains("title.en: 77 characters; a certificate fits 1 to 40"), failure());
    }

    @Test
    void a_missing_template_file_is_named() {
        assertTrue(
                failure().contains(folder.resolve("template.yaml") + ": the certificate template file does not exist"),
                failure());
    }

    @Test
    void version_changes_when_the_file_or_the_logo_changes() throws IOException {
        copyShipped();
        String first = CertificateTemplate.load(folder).version();

        edit("  en: Certificate", "  en: Certificate of completion");
        String second = CertificateTemplate.load(folder).version();
        byte[] logo = Files.readAllBytes(folder.resolve("logo.png"));
        Files.write(folder.resolve("logo.png"), Arrays.copyOf(logo, logo.length + 1));
        String third = CertificateTemplate.load(folder).version();

        assertTrue(second.startsWith("1-"), second);
        assertNotEquals(first, second);
        assertNotEquals(second, third);
        assertEquals(third, CertificateTemplate.load(folder).version());
    }

    @Test
    void templates_bean_picks_up_a_change_and_keeps_the_last_good_template_when_the_file_breaks() throws IOException {
        copyShipped();
        AtomicLong clock = new AtomicLong();
        CertificateTemplates templates = new CertificateTemplates(folder, clock::get);
        CertificateTemplate first = templates.current();
        assertEquals(first, templates.current());

        edit("  en: Certificate", "  en: Certificate of completion");
        touch(1);
        clock.addAndGet(Duration.ofMillis(1100).toNanos());
        CertificateTemplate changed = templates.current();
        assertEquals("Certificate of completion", changed.title().get("en"));

        edit("\"#222222\"", "\"#2222\"");
        touch(2);
        clock.addAndGet(Duration.ofMillis(1100).toNanos());
        assertEquals(changed.version(), templates.current().version());
    }

    private void copyShipped() throws IOException {
        for (String file : new String[] {"template.yaml", "logo.png"}) {
            Files.copy(SHIPPED.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void edit(String from, String to) throws IOException {
        Path file = folder.resolve("template.yaml");
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(yaml.contains(from), from);
        Files.writeString(file, yaml.replace(from, to), StandardCharsets.UTF_8);
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("template.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in template.yaml");
    }

    /** Moves the file's time on, as filesystems with coarse timestamps might not. */
    private void touch(int secondsLater) throws IOException {
        Files.setLastModifiedTime(
                folder.resolve("template.yaml"), FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    private String failure() {
        return assertThrows(CertificateTemplateException.class, () -> CertificateTemplate.load(folder))
                .getMessage();
    }
}
