package org.kolo.content.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    @Test
    void cyrillic_names_are_romanised_in_the_way_of_their_language() {
        assertEquals("prava-pri-zaderzhanii", new QuestionIds("ru").slug("Права при задержании"));
        assertEquals("pamyat-i-hora", new QuestionIds("uk").slug("Пам'ять і гора"));
        assertEquals("quqyq-turaly", new QuestionIds("kk").slug("Құқық туралы"));
        assertEquals("uber-cafe", new QuestionIds("en").slug("Über café!"));
    }

    @Test
    void a_name_that_makes_no_valid_id_falls_back_to_the_place_in_the_file() {
        QuestionIds ids = new QuestionIds("en");
        assertEquals("question-1", ids.next("Q1", 1));
        assertEquals("question-2", ids.next(null, 2));
        assertEquals("question-3", ids.next("???", 3));
        assertEquals("rights", ids.next("2024: rights", 4));
    }

    @Test
    void long_names_are_cut_at_a_word_and_repeated_ones_numbered() {
        QuestionIds ids = new QuestionIds("en");
        String name = "what you may do when the police stop you in the street at night";
        String id = ids.next(name, 1);
        assertEquals("what-you-may-do-when-the-police-stop-you-in-the-street-at", id);
        assertEquals(id + "-2", ids.next(name, 2));
    }
}
