package org.kolo.certificates;

import java.time.LocalDate;

/**
 * What anyone holding a certificate code may learn: its status and the four things printed on it that prove
 * training. Nothing else leaves Kolo here: no city, no account, no course id, no revocation reason.
 */
public record Verification(
        String code,
        CertificateStatus status,
        String name,
        String courseTitle,
        LocalDate date,
        String organisation,
        LocalDate revokedOn,
        LocalDate expiresOn) {}
