package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one list of languages and the one rule for a missing text. */
class LanguageTest {

    @Test
    void the_pattern_for_requests_names_every_language_and_nothing_else() {
        assertEquals(Language.all().stream().map(Language::code).collect(Collectors.joining("|")), Language.CODES);
        Language.all().forEach(language -> assertTrue(language.code().matches(Language.CODES)));
        assertFalse("de".matches(Language.CODES));
    }

    @Test
    void a_code_is_exactly_a_code() {
        assertEquals(Language.KK, Language.ofCode("kk").orElseThrow());
        assertTrue(Language.ofCode("kk-KZ").isEmpty(), "a tag is not a code: fromTag reads tags");
        assertTrue(Language.ofCode(null).isEmpty());
        assertFalse(Language.isCode("RU"));
    }

    @Test
    void a_missing_text_falls_back_to_the_source_language_and_only_to_it() {
        Map<String, String> texts = Map.of("ru", "Права", "kk", "Құқықтар");
        assertEquals("Құқықтар", Language.pick(texts, Language.KK));
        assertEquals("Права", Language.pick(texts, Language.UK));
        assertNull(Language.pick(Map.of("en", "Rights"), Language.UK), "English is no fallback for Ukrainian");
        assertEquals("", Texts.pick(Map.of("en", "Rights"), Language.UK));
    }

    @Test
    void content_is_written_in_russian_ukrainian_and_kazakh_with_russian_first() {
        assertEquals(Language.RU, Language.SOURCE);
        assertEquals(java.util.List.of(Language.RU, Language.UK, Language.KK), Language.CONTENT);
    }
}
