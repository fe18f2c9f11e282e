package org.kolo.certificates;

import java.time.Instant;

/**
 * Everything a certificate prints, already translated and formatted by the caller: the PDF neither translates
 * nor formats. {@code qrContent} is what the QR code encodes (the verification URL, possibly with a signed
 * fragment); {@code verificationUrl} is what is printed for people to type. No component is null; an empty
 * signatory name leaves out the signature line.
 */
public record CertificateText(
        String language,
        String title,
        String name,
        String statement,
        String courseTitle,
        String hours,
        String date,
        String organisation,
        String signatoryName,
        String signatoryRole,
        String codeLabel,
        String code,
        String verifyLabel,
        String verificationUrl,
        String qrContent,
        Instant issuedAt) {}
