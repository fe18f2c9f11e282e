package org.kolo.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Dates written in full the way readers of each language write them, such as "29 ноября 2026 г.". */
public final class Dates {

    private static final Map<Language, DateTimeFormatter> LONG = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LONG.put(
                    language,
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(Locale.forLanguageTag(language.code())));
        }
    }

    private Dates() {}

    public static String longDate(LocalDate date, Language language) {
        return LONG.get(language).format(date);
    }

    /** A moment as its UTC date in full and 24-hour time, marked UTC: what logs and audit trails show. */
    public static String utcDateTime(java.time.Instant moment, Language language) {
        java.time.ZonedDateTime utc = moment.atZone(java.time.ZoneOffset.UTC);
        return longDate(utc.toLocalDate(), language) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
    }
}
