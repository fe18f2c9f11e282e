package org.kolo.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/** The interface languages Kolo speaks; the first is the default. */
public enum Language {
    RU("ru", "Русский"),
    UK("uk", "Українська"),
    KK("kk", "Қазақша"),
    EN("en", "English");

    public static final Language DEFAULT = RU;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public ULocale locale() {
        return new ULocale(code);
    }

    public static List<Language> all() {
        return List.of(values());
    }

    /** Accepts a BCP 47 tag such as {@code kk}, {@code kk-KZ} or {@code uk_UA}; anything else is empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }
}
