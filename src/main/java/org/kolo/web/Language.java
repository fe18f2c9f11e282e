package org.kolo.web;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The interface languages Kolo speaks; the first is the default. */
public enum Language {
    RU("ru", "Русский"),
    UK("uk", "Українська"),
    KK("kk", "Қазақша"),
    EN("en", "English");

    public static final Language DEFAULT = RU;
    /** The language content is written in first: translations follow it, and a missing text falls back to it. */
    public static final Language SOURCE = RU;
    /** The languages every course and country card is written in; English is the interface's only. */
    public static final List<Language> CONTENT = List.of(RU, UK, KK);
    /** The codes as a pattern, for validating a request's parameter. */
    public static final String CODES = "ru|uk|kk|en";

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

    /** The language whose code is exactly {@code code}, such as {@code kk}; anything else is empty. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    public static boolean isCode(String code) {
        return ofCode(code).isPresent();
    }

    /** The value for {@code language}, else for the source language; null when neither exists. */
    public static <T> T pick(Map<String, T> byCode, Language language) {
        T value = byCode.get(language.code);
        return value != null ? value : byCode.get(SOURCE.code);
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
