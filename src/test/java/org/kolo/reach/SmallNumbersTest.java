package org.kolo.reach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one threshold every report counts people by. */
class SmallNumbersTest {

    @Test
    void one_to_four_people_are_hidden_and_zero_or_five_are_shown() {
        IntStream.rangeClosed(1, 4).forEach(people -> assertTrue(SmallNumbers.hides(people), "" + people));
        assertFalse(SmallNumbers.hides(0), "zero singles out no one");
        assertFalse(SmallNumbers.hides(5));
        assertFalse(SmallNumbers.hides(100));
    }

    @Test
    void a_group_under_five_is_too_small_to_describe_even_when_empty() {
        IntStream.rangeClosed(0, 4).forEach(people -> assertTrue(SmallNumbers.tooFewToDescribe(people), "" + people));
        assertFalse(SmallNumbers.tooFewToDescribe(5));
    }
}
