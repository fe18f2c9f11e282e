package org.kolo.certificates;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.kolo.courses.Catalog;
import org.kolo.courses.Course;
import org.kolo.hashing.Sha256;
import org.kolo.media.ObjectStorage;
import org.kolo.web.Language;
import org.kolo.web.RefusedRequest;

/**
 * Issues, re-issues and revokes certificates. A certificate is rendered once, stored in object storage and never
 * rendered again: the row keeps what it says, its SHA-256 and the course and template versions it was made from.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final String PDF = "application/pdf";

    @Inject
    CertificateTemplates templates;

    @Inject
    CertificateDocuments documents;

    @Inject
    ObjectStorage storage;

    @Inject
    Catalog catalog;

    @Inject
    EntityManager entityManager;

    @Inject
    Verifications verifications;

    @Inject
    CertificateConfig config;

    /** What an issue call did: the current certificate, and whether this call made it. */
    public record Issued(Certificate certificate, boolean created) {}

    /** Issues a certificate unless the learner has a current one for the course (and session); concurrent calls make one. */
    public Issued issue(IssueOrder order) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lock(order.recipient().accountId(), order.courseId(), order.sessionId());
            Optional<Certificate> current = current(order.recipient().accountId(), order.courseId(), order.sessionId());
            if (current.isPresent()) {
                return new Issued(current.get(), false);
            }
            Certificate certificate = draft(order, LocalDate.now(config.timeZone()));
            store(certificate);
            return new Issued(certificate, true);
        });
    }

    /**
     * A new certificate for the same completion, from today's course and template, with a corrected name and
     * language if given (null keeps the old ones); the old one then answers "superseded".
     */
    public Certificate reissue(UUID id, String correctedName, Language language, String issuedBy) {
        Certificate[] replaced = new Certificate[1];
        Certificate renewed = QuarkusTransaction.requiringNew().call(() -> {
            Certificate old = entityManager.find(Certificate.class, id);
            if (old == null) {
                throw new NotFoundException();
            }
            lock(old.accountId, old.courseId, old.sessionId);
            entityManager.refresh(old, LockModeType.PESSIMISTIC_WRITE);
            replaced[0] = old;
            if (old.supersededBy != null) {
                throw new RefusedRequest(409, "certificate-superseded");
            }
            if (old.revokedAt != null) {
                throw new RefusedRequest(409, "certificate-revoked");
            }
            String name = correctedName == null || correctedName.isBlank()
                    ? old.holderName
                    : CertificateHolders.clean(correctedName);
            Recipient recipient = new Recipient(
                    old.accountId,
                    old.city,
                    name,
                    language != null ? language : Language.fromTag(old.language).orElseThrow());
            Certificate fresh = draft(
                    new IssueOrder(recipient, old.courseId, IssueReason.REISSUE, issuedBy, old.sessionId),
                    old.completedOn);
            // The partial unique index allows one current certificate: the old one stops being current first.
            entityManager
                    .createNativeQuery("update certificate set superseded_by = ?1, superseded_at = now() where id = ?2")
                    .setParameter(1, fresh.id)
                    .setParameter(2, old.id)
                    .executeUpdate();
            store(fresh);
            return fresh;
        });
        verifications.forget(replaced[0].code); // after the commit, so no one caches the old state again
        return renewed;
    }

    /** Revokes a certificate for a reason that stays inside Kolo; revoking twice keeps the first date and reason. */
    public Certificate revoke(UUID id, String reason, String revokedBy) {
        Certificate revoked = QuarkusTransaction.requiringNew().call(() -> {
            Certificate certificate = entityManager.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (certificate == null) {
                throw new NotFoundException();
            }
            if (certificate.revokedAt == null) {
                certificate.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                certificate.revokedBy = revokedBy;
                certificate.revocationReason = reason.strip();
            }
            return certificate;
        });
        verifications.forget(revoked.code);
        return revoked;
    }

    /** The certificate a learner currently holds for a course (outside any session), if any. */
    public Optional<Certificate> current(String accountId, String courseId, UUID sessionId) {
        return Certificate.<Certificate>find(
                        "accountId = ?1 and courseId = ?2 and supersededBy is null and "
                                + (sessionId == null ? "sessionId is null" : "sessionId = ?3"),
                        sessionId == null
                                ? new Object[] {accountId, courseId}
                                : new Object[] {accountId, courseId, sessionId})
                .firstResultOptional();
    }

    private void lock(String accountId, String courseId, UUID sessionId) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "certificate/" + accountId + "/" + courseId + "/" + sessionId)
                .getSingleResult();
    }

    private Certificate draft(IssueOrder order, LocalDate completedOn) {
        Course course = Course.findById(order.courseId());
        if (course == null || course.retired) {
            throw new NotFoundException();
        }
        Recipient recipient = order.recipient();
        String language = recipient.language().code();
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.code = CertificateCode.generate();
        certificate.accountId = recipient.accountId();
        certificate.city = recipient.city();
        certificate.courseId = course.id;
        certificate.courseVersion = course.version;
        certificate.sessionId = order.sessionId();
        certificate.language = language;
        certificate.holderName = recipient.name();
        // The title is always the course's own (its neutral one first): a typed title could name drugs or a place.
        certificate.courseTitle = CertificateDocuments.orElse(
                CertificateTemplate.pick(course.neutralTitles, language),
                CertificateDocuments.orElse(CertificateTemplate.pick(course.titles, language), course.id));
        certificate.hours = course.certificateHours != null ? course.certificateHours : readingHours(course.id);
        certificate.completedOn = completedOn;
        certificate.expiresOn =
                course.certificateValidMonths == null ? null : completedOn.plusMonths(course.certificateValidMonths);
        certificate.issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        certificate.issuedBy = order.issuedBy();
        certificate.issueReason = order.reason();
        certificate.objectKey = "certificates/" + certificate.id + ".pdf";
        return certificate;
    }

    /** The lessons' reading time, rounded up to half an hour. */
    private BigDecimal readingHours(String courseId) {
        int minutes = catalog.course(courseId).map(c -> c.minutes()).orElse(30);
        return BigDecimal.valueOf(Math.max(1, (minutes + 29) / 30))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
    }

    /** Renders the PDF from today's template, stores it, and saves the row; a failed upload saves nothing. */
    private void store(Certificate certificate) {
        CertificateTemplate template = templates.current();
        certificate.templateVersion = template.version();
        certificate.organisation = CertificateTemplate.pick(template.organisation(), certificate.language);
        byte[] pdf = documents.render(certificate, template);
        certificate.sha256 = sha256(pdf);
        certificate.sizeBytes = pdf.length;
        certificate.persist();
        entityManager.flush();
        storage.put(certificate.objectKey, new ByteArrayInputStream(pdf), pdf.length, PDF);
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
