package org.kolo.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void hashes_are_the_standard_ones_in_lower_case_hex() {
        // FIPS 180-2 example: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void parts_hash_as_one_array() {
        assertEquals(
                Sha256.hex("abc"),
                Sha256.hex("a".getBytes(StandardCharsets.UTF_8), "bc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Sha256.hex("Құқық"), Sha256.hex("Құқық".getBytes(StandardCharsets.UTF_8)));
    }
}
