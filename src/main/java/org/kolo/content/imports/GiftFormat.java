package org.kolo.content.imports;

import java.util.regex.Pattern;

/** GIFT's text format markers: Kolo keeps the text and drops the marker; HTML itself is reported by {@link Markup}. */
final class GiftFormat {

    private static final Pattern MARKER = Pattern.compile("^\\[(markdown|html|plain|moodle)]");

    private GiftFormat() {}

    /** The text without a leading format marker and surrounding whitespace; null when nothing is left. */
    static String plain(String text) {
        String plain = MARKER.matcher(text.strip()).replaceFirst("").strip();
        return plain.isEmpty() ? null : plain;
    }
}
