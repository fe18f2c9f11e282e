package org.kolo.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void codes_carry_80_random_bits_in_an_alphabet_without_look_alikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCode.generate();
            assertEquals(16, code.length());
            assertTrue(code.chars().allMatch(c -> CertificateCode.ALPHABET.indexOf(c) >= 0), code);
            assertTrue(seen.add(code));
        }
        assertEquals(32, CertificateCode.ALPHABET.length(), "5 bits a character, 16 characters: 80 bits");
        assertTrue(CertificateCode.ALPHABET.chars().noneMatch(c -> "ILOU".indexOf(c) >= 0));
    }

    @Test
    void codes_are_printed_in_four_groups_and_read_back_however_they_were_typed() {
        assertEquals("K7QM-4HXD-9TZP-2RWA", CertificateCode.format("K7QM4HXD9TZP2RWA"));
        assertEquals(Optional.of("K7QM4HXD9TZP2RWA"), CertificateCode.normalize("k7qm 4hxd-9tzp-2rwa"));
        assertEquals(Optional.of("00001111ABCDEFGH"), CertificateCode.normalize("OoOo-IiLl-abcd-efgh"));
    }

    @Test
    void anything_else_is_not_a_code() {
        for (String typed : new String[] {
            null,
            "",
            "K7QM-4HXD",
            "K7QM-4HXD-9TZP-2RWA-2",
            "K7QM-4HXD-9TZP-2RWU",
            "Қ7QM-4HXD-9TZP-2RWA",
            "K7QM-4HXD-9TZP-2RW!",
            "x".repeat(1000)
        }) {
            assertEquals(Optional.empty(), CertificateCode.normalize(typed), String.valueOf(typed));
        }
    }
}
