package org.kolo.web;

import com.ibm.icu.text.MessageFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence a person reads, in each interface language. Bundles are UTF-8 files
 * {@code messages/messages_<code>.properties} with ICU MessageFormat patterns, so plurals follow CLDR rules
 * (one/few/many/other in ru and uk, one/other in kk and en).
 */
@ApplicationScoped
public class Messages {

    private final Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);
    // Texts without arguments are formatted once: an ICU MessageFormat is costly to build on every page.
    private final Map<Language, Map<String, String>> plain = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            patterns.put(language, load(language));
            plain.put(language, new ConcurrentHashMap<>());
        }
    }

    /** The text for a key, with arguments filled in; a key missing from a language falls back to English, then to the key. */
    public String format(Language language, String key, Object... args) {
        if (args.length == 0) {
            return plain.get(language)
                    .computeIfAbsent(key, k -> formatter(language, k).format(args));
        }
        return formatter(language, key).format(args);
    }

    /** The text for a key whose pattern names its arguments, such as {@code {min}} and {@code {max}}. */
    public String formatNamed(Language language, String key, Map<String, Object> args) {
        return formatter(language, key).format(args);
    }

    public boolean has(String key) {
        return patterns.get(Language.EN).containsKey(key);
    }

    public Set<String> keys(Language language) {
        return patterns.get(language).keySet();
    }

    public String pattern(Language language, String key) {
        return patterns.get(language).get(key);
    }

    private MessageFormat formatter(Language language, String key) {
        String pattern = patterns.get(language)
                .getOrDefault(key, patterns.get(Language.EN).get(key));
        return new MessageFormat(pattern == null ? "'" + key + "'" : pattern, language.locale());
    }

    private static Map<String, String> load(Language language) {
        String path = "messages/messages_" + language.code() + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
