package org.kolo.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random key for signing form tokens, made once per start, for when {@code KOLO_CSRF_KEY} is not set: forms are
 * then signed all the same, and a restart only asks open forms to be reloaded. Several instances behind one
 * address must share a set key instead.
 */
public class GeneratedCsrfKey implements ConfigSource {

    static final String NAME = "kolo.csrf.generated-key";
    private static final String KEY = newKey();

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, KEY);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "kolo-generated-csrf-key";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}
