package org.kolo.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kolo.web.Dates;
import org.kolo.web.Language;
import org.kolo.web.Messages;

/**
 * Turns a certificate row into its PDF: the printed texts in the certificate's language, the verification link,
 * and a signed copy of what the certificate says in the QR code's fragment (never sent to a server), for apps that
 * verify without a connection.
 */
@ApplicationScoped
public class CertificateDocuments {

    private static final Base64.Encoder URL_BASE64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    CertificatePdf pdf;

    @Inject
    Messages messages;

    @Inject
    CertificateSigner signer;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kolo.public-url")
    String publicUrl;

    public byte[] render(Certificate certificate, CertificateTemplate template) {
        Language language = Language.fromTag(certificate.language).orElse(Language.DEFAULT);
        String code = certificate.printedCode();
        String url = verificationUrl(code);
        return pdf.render(
                new CertificateText(
                        language.code(),
                        orElse(
                                CertificateTemplate.pick(template.title(), language.code()),
                                messages.format(language, "certificate.pdf.title")),
                        certificate.holderName,
                        messages.format(language, "certificate.pdf.statement"),
                        certificate.courseTitle,
                        messages.format(language, "certificate.pdf.hours", certificate.hours),
                        Dates.longDate(certificate.completedOn, language),
                        certificate.organisation,
                        CertificateTemplate.pick(template.signatoryName(), language.code()),
                        CertificateTemplate.pick(template.signatoryRole(), language.code()),
                        messages.format(language, "certificate.pdf.code"),
                        code,
                        messages.format(language, "certificate.pdf.verify"),
                        url,
                        url + "#" + signedPayload(certificate),
                        certificate.issuedAt),
                template);
    }

    static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    public String verificationUrl(String printedCode) {
        return publicUrl.replaceAll("/+$", "") + "/verify/" + printedCode;
    }

    /**
     * {@code v1.<key id>.<payload>.<signature>}: the payload is base64url of the JSON array {@code [code, name,
     * course title, completion date, expiry date or null]}, signed with Ed25519. It is kept short so that the QR code
     * stays easy to scan; the key (see {@code /api/certificates/signing-key}) names the issuing organisation.
     */
    String signedPayload(Certificate certificate) {
        List<Object> says = Arrays.asList(
                certificate.printedCode(),
                certificate.holderName,
                certificate.courseTitle,
                certificate.completedOn.toString(),
                certificate.expiresOn == null ? null : certificate.expiresOn.toString());
        try {
            byte[] payload = json.writeValueAsString(says).getBytes(StandardCharsets.UTF_8);
            return "v1." + signer.keyId() + "." + URL_BASE64.encodeToString(payload) + "." + signer.sign(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
