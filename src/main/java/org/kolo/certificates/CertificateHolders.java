package org.kolo.certificates;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kolo.web.RefusedRequest;

/** Saves the name and language a learner wants on the certificates she receives from now on. */
@ApplicationScoped
public class CertificateHolders {

    @Transactional
    public CertificateHolder save(String accountId, String name, String language) {
        String cleaned = clean(name);
        CertificateHolder holder = CertificateHolder.findById(accountId);
        if (holder == null) {
            holder = new CertificateHolder();
            holder.accountId = accountId;
        }
        holder.name = cleaned;
        holder.language = language == null || language.isBlank() ? null : language;
        holder.updatedAt = Instant.now();
        holder.persist();
        return holder;
    }

    /** A name fit to print: spaces collapsed, 1 to 80 characters, no control characters; else a 422. */
    public static String clean(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty() || cleaned.length() > CertificateHolder.MAX_NAME_LENGTH
                || cleaned.codePoints().anyMatch(Character::isISOControl)) {
            throw new RefusedRequest(422, "certificate-name-invalid", CertificateHolder.MAX_NAME_LENGTH);
        }
        if (!CertificateFonts.canPrint(cleaned)) {
            throw new RefusedRequest(422, "certificate-name-unprintable");
        }
        return cleaned;
    }
}
