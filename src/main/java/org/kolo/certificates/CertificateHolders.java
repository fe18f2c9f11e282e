package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.kolo.web.Language;
import org.kolo.web.Messages;
import org.kolo.web.RefusedRequest;
import org.kolo.web.VisibleText;

/** Saves the name and language a learner wants on the certificates she receives from now on. */
@ApplicationScoped
public class CertificateHolders {

    @Inject
    Messages messages;

    /**
     * Whom a certificate is for: her chosen name and language, or, until she chooses, a neutral placeholder in the
     * language she works in. Her login name is never printed: a certificate is shown to others and verified in public.
     */
    public Recipient recipient(String accountId, String city, Language working) {
        CertificateHolder holder = CertificateHolder.findById(accountId);
        if (holder == null) {
            return new Recipient(accountId, city, placeholder(working), working);
        }
        Language language = holder.language == null
                ? working
                : Language.fromTag(holder.language).orElse(working);
        return new Recipient(accountId, city, holder.name, language);
    }

    /** The name printed until she chooses one. */
    public String placeholder(Language language) {
        return messages.format(language, "certificates.placeholder-name");
    }

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

    /**
     * A name fit to print: spaces collapsed, 1 to 80 characters, no control or format characters (bidi overrides,
     * zero-width), else a 422.
     */
    public static String clean(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()
                || cleaned.length() > CertificateHolder.MAX_NAME_LENGTH
                || !VisibleText.isVisible(cleaned)) {
            throw new RefusedRequest(422, "certificate-name-invalid", CertificateHolder.MAX_NAME_LENGTH);
        }
        if (!CertificateFonts.canPrint(cleaned)) {
            throw new RefusedRequest(422, "certificate-name-unprintable");
        }
        return cleaned;
    }
}
