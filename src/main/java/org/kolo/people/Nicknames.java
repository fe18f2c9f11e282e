package org.kolo.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a nickname may be: 3 to 32 letters (any alphabet), digits, dots, hyphens and underscores, starting with a
 * letter or digit. Keycloak keeps usernames in lower case, so Kolo does the same before comparing or creating.
 */
final class Nicknames {

    static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]{2," + (MAX_LENGTH - 1) + "}");

    private Nicknames() {}

    /** The nickname as Keycloak will keep it, or empty when it breaks the rule above. */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String nickname = typed.strip().toLowerCase(Locale.ROOT);
        return ALLOWED.matcher(nickname).matches() ? Optional.of(nickname) : Optional.empty();
    }

    /** Variants to offer when a nickname is taken, in the order to try them. */
    static java.util.List<String> variants(String nickname) {
        String base = nickname.length() > MAX_LENGTH - 3 ? nickname.substring(0, MAX_LENGTH - 3) : nickname;
        java.util.List<String> variants = new java.util.ArrayList<>();
        for (int n = 2; n <= 9; n++) {
            variants.add(base + n);
        }
        for (int n = 10; n <= 99; n += 11) {
            variants.add(base + "." + n);
        }
        return variants;
    }
}
