package org.kolo.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateGlobal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** What templates call as {@code t}: the current request's texts, {@code {t.get('home.title')}}. */
@RequestScoped
@Unremovable
public class Texts {

    @Inject
    Messages messages;

    @Inject
    RequestLanguage requestLanguage;

    public String get(String key) {
        return messages.format(lang(), key);
    }

    public String format(String key, Object arg) {
        return messages.format(lang(), key, arg);
    }

    public String format(String key, Object first, Object second) {
        return messages.format(lang(), key, first, second);
    }

    /** The text whose key is a prefix and a value, such as {@code t.of('verify.status.', status.code)}. */
    public String of(String prefix, Object value) {
        return get(prefix + value);
    }

    /** Like {@link #of}, with one argument for the text. */
    public String formatOf(String prefix, Object value, Object arg) {
        return format(prefix + value, arg);
    }

    /** A date in full, in the reader's language. */
    public String date(java.time.LocalDate date) {
        return Dates.longDate(date, lang());
    }

    /** A moment in UTC, date in full and 24-hour time. */
    public String dateTime(java.time.Instant moment) {
        return Dates.utcDateTime(moment, lang());
    }

    /** The translated name of a realm role. */
    public String role(String role) {
        return get("role." + role);
    }

    /** The text in the reader's language, else in Russian, the source language of all content. */
    public String pick(Map<String, String> texts) {
        return pick(texts, lang());
    }

    /** The text in a language, else in the source language; empty when neither exists. */
    public static String pick(Map<String, String> texts, Language language) {
        String text = Language.pick(texts, language);
        return text != null ? text : "";
    }

    public Language lang() {
        return requestLanguage.get();
    }

    public List<Language> languages() {
        return Language.all();
    }

    @TemplateGlobal(name = "t")
    static Texts current() {
        return Arc.container().instance(Texts.class).get();
    }
}
