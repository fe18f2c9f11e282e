package org.kolo.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the interface language: the person's explicit choice first, then the account's locale,
 * then what the browser asks for, then the default.
 */
public final class LanguageNegotiation {

    private static final List<String> SUPPORTED =
            Language.all().stream().map(Language::code).toList();

    private LanguageNegotiation() {}

    public static Language choose(String chosen, String accountLocale, String acceptLanguage) {
        return Language.fromTag(chosen)
                .or(() -> Language.fromTag(accountLocale))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Language.DEFAULT);
    }

    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookupTag(ranges, SUPPORTED)).flatMap(Language::fromTag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
