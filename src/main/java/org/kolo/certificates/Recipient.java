package org.kolo.certificates;

import org.kolo.web.Language;

/** Whom a certificate is for: the account, her city at issue (for scope only), and the name and language to print. */
public record Recipient(String accountId, String city, String name, Language language) {}
