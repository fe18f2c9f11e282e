package org.kolo.certificates;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.kolo.web.Language;

/**
 * An organisation's certificate look, read from {@code template.yaml} and its logo (see content/README.md).
 * Texts are per language; {@link #pick} chooses one. The version changes with every change of the file or the
 * logo, so that a certificate can record which look it was issued with.
 *
 * @param version       the file's {@code version}, a hyphen and 12 hex characters of the SHA-256 of file and logo
 * @param title         the certificate's heading per language; may be empty (the caller then uses its own)
 * @param organisation  the issuing organisation per language
 * @param signatoryName the signatory's name per language; may be empty
 * @param signatoryRole the signatory's role per language; may be empty
 */
public record CertificateTemplate(
        String version,
        Map<String, String> title,
        Map<String, String> organisation,
        Map<String, String> signatoryName,
        Map<String, String> signatoryRole,
        Colours colours,
        Optional<Logo> logo) {

    /** Main colour (frame, title, course), accent (inner frame, rules) and body text. */
    public record Colours(Color primary, Color accent, Color text) {}

    public enum ImageType {
        PNG,
        JPEG
    }

    /** The logo file as it is on disk, checked to be a readable PNG or JPEG of at most 100 KB. */
    public record Logo(byte[] bytes, ImageType type) {}

    /** Reads {@code <folder>/template.yaml} and the logo it names; throws {@link CertificateTemplateException}. */
    public static CertificateTemplate load(Path folder) {
        return new TemplateReader(folder).read();
    }

    /** The text in {@code language}, else in the source language, else the first one written; empty when there is none. */
    public static String pick(Map<String, String> texts, String language) {
        String text = Language.pick(texts, Language.ofCode(language).orElse(Language.SOURCE));
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }
}
