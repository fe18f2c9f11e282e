package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {

    @Test
    void explicit_choice_wins_over_everything() {
        assertEquals(Language.KK, LanguageNegotiation.choose("kk", "uk", "en"));
    }

    @Test
    void account_locale_comes_next() {
        assertEquals(Language.UK, LanguageNegotiation.choose(null, "uk", "en-GB,en"));
    }

    @Test
    void browser_language_comes_after_the_account() {
        assertEquals(Language.KK, LanguageNegotiation.choose(null, null, "de;q=0.9, kk-KZ;q=0.8"));
    }

    @Test
    void russian_when_nothing_matches() {
        assertEquals(Language.RU, LanguageNegotiation.choose("xx", "de", "fr-FR"));
        assertEquals(Language.RU, LanguageNegotiation.choose(null, null, null));
    }

    @Test
    void malformed_header_is_ignored() {
        assertEquals(Language.RU, LanguageNegotiation.choose(null, null, ";;;q=abc"));
    }
}
