package org.kolo.certificates;

import org.kolo.web.Language;

/** Whom a certificate is for: the account, her city at issue (for scope only), and the name and language to print. */
public record Recipient(String accountId, String city, String name, Language language) {

    /** Her chosen name and language, or her nickname and the language she works in when she chose none. */
    public static Recipient of(String accountId, String city, String nickname, Language working) {
        CertificateHolder holder = CertificateHolder.findById(accountId);
        if (holder == null) {
            return new Recipient(accountId, city, nickname, working);
        }
        Language language = holder.language == null ? working : Language.fromTag(holder.language).orElse(working);
        return new Recipient(accountId, city, holder.name, language);
    }
}
