package org.kolo.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 16 characters of Crockford's base32 (80 random bits), printed in four groups of four, such as
 * {@code K7QM-4HXD-9TZP-2RWA}. The alphabet has no I, L, O or U, so a code read aloud or copied by hand survives:
 * O is read as zero and I or L as one, case, spaces and hyphens do not matter.
 */
public final class CertificateCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {}

    /** A new random code, without hyphens (as stored). */
    public static String generate() {
        byte[] bits = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int available = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            available += 8;
            while (available >= 5) {
                available -= 5;
                code.append(ALPHABET.charAt((buffer >> available) & 31));
            }
        }
        return code.toString();
    }

    /** The stored form of what a person typed or scanned, or empty when it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00a0') {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The printed form: four groups joined by hyphens. */
    public static String format(String stored) {
        StringBuilder printed = new StringBuilder(stored.length() + 3);
        for (int i = 0; i < stored.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                printed.append('-');
            }
            printed.append(stored.charAt(i));
        }
        return printed.toString();
    }
}
