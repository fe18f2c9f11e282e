package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void every_text_exists_in_all_four_languages() {
        for (Language language : Language.values()) {
            assertEquals(messages.keys(Language.EN), messages.keys(language), "keys of " + language.code());
        }
    }

    @Test
    void every_pattern_is_valid_icu() {
        for (Language language : Language.values()) {
            for (String key : messages.keys(language)) {
                new MessageFormat(messages.pattern(language, key), language.locale());
            }
        }
    }

    @Test
    void russian_and_ukrainian_plurals_have_one_few_many() {
        assertEquals("Курсы доступны на 1 языке", prefix(Language.RU, 1));
        assertEquals("Курсы доступны на 2 языках", prefix(Language.RU, 2));
        assertEquals("Курсы доступны на 5 языках", prefix(Language.RU, 5));
        assertEquals("Курсы доступны на 21 языке", prefix(Language.RU, 21));
        assertEquals("Курси доступні 1 мовою", prefix(Language.UK, 1));
        assertEquals("Курси доступні 3 мовами", prefix(Language.UK, 3));
        assertEquals("Курси доступні 11 мовами", prefix(Language.UK, 11));
    }

    @Test
    void kazakh_and_english_plurals_have_one_and_other() {
        assertEquals("Курстар 1 тілде қолжетімді", prefix(Language.KK, 1));
        assertEquals("Курстар 5 тілде қолжетімді", prefix(Language.KK, 5));
        assertEquals("Courses are available in 1 language", prefix(Language.EN, 1));
        assertEquals("Courses are available in 3 languages", prefix(Language.EN, 3));
    }

    @Test
    void named_arguments_are_filled_in() {
        String text = messages.formatNamed(Language.EN, "city.target.range", Map.of("min", 1, "max", 100000));
        assertTrue(text.contains("1") && text.contains("100,000"), text);
    }

    private String prefix(Language language, int count) {
        return messages.format(language, "home.languages", count).split(":")[0];
    }
}
