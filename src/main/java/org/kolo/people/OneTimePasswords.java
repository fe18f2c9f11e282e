package org.kolo.people;

import java.security.SecureRandom;

/**
 * One-time passwords a trainer reads out or prints on a slip: lower-case letters and digits without the ones people
 * mix up (0/o, 1/l/i), in three groups of four, so about 60 bits of chance that the woman replaces at first login.
 */
final class OneTimePasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
