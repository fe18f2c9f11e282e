package org.kolo.certificates;

import java.time.LocalDate;

/** What a verification says of a certificate. Revocation outweighs supersession, which outweighs expiry. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    SUPERSEDED,
    EXPIRED;

    static CertificateStatus of(boolean revoked, boolean superseded, LocalDate expiresOn, LocalDate today) {
        if (revoked) {
            return REVOKED;
        }
        if (superseded) {
            return SUPERSEDED;
        }
        return expiresOn != null && expiresOn.isBefore(today) ? EXPIRED : VALID;
    }

    /** Lower case, as in JSON answers and message keys. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
