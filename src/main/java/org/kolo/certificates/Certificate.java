package org.kolo.certificates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issued certificate: what its PDF says, frozen at issue, and where that PDF is stored. Only revocation and
 * supersession change a row after it is written.
 */
@Entity
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Stored without hyphens; see {@link CertificateCode}. */
    public String code;

    @Column(name = "account_id")
    public String accountId;

    public String city;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "course_version")
    public int courseVersion;

    @Column(name = "template_version")
    public String templateVersion;

    @Column(name = "session_id")
    public UUID sessionId;

    public String language;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "course_title")
    public String courseTitle;

    public String organisation;

    public BigDecimal hours;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issue_reason")
    public IssueReason issueReason;

    @Column(name = "object_key")
    public String objectKey;

    public String sha256;

    @Column(name = "size_bytes")
    public int sizeBytes;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    public CertificateStatus status(LocalDate today) {
        return CertificateStatus.of(revokedAt != null, supersededBy != null, expiresOn, today);
    }

    /** Its status on today's date. */
    public CertificateStatus statusToday() {
        return status(LocalDate.now());
    }

    /** The size people see before downloading, rounded up. */
    public int sizeKilobytes() {
        return (sizeBytes + 1023) / 1024;
    }

    /** The language it is written in, by its own name ("Қазақша"). */
    public String languageName() {
        return org.kolo.web.Language.fromTag(language)
                .map(org.kolo.web.Language::nativeName)
                .orElse(language);
    }

    public String printedCode() {
        return CertificateCode.format(code);
    }

    public static List<Certificate> ofAccount(String accountId) {
        return list("accountId = ?1 order by issuedAt desc", accountId);
    }
}
