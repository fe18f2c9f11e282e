package org.kolo.media;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Media ids, object keys and file names: the server's own, never a path or name someone sent. */
public final class MediaNames {

    /** A media id's form, also in the addresses that name one: anything else is not found before any query runs. */
    public static final String ID_FORM = "[a-z0-9][a-z0-9-]{2,59}";

    public static final Pattern ID = Pattern.compile(ID_FORM);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";

    private MediaNames() {}

    /** A fresh id, such as {@code m-7fk2q9x4}. */
    public static String newId() {
        return "m-" + random(8);
    }

    /** A new object key for a file of an item; a replaced file gets a new key, so no cache serves the old one. */
    public static String objectKey(String mediaId, String variant, String extension) {
        return "media/" + mediaId + "/" + random(10) + "/" + variant + "." + extension;
    }

    /**
     * The uploader's file name, kept as metadata: no path, no control characters or half
     * letters (lone surrogates), at most 200 characters. It is
     * shown escaped and used for nothing else.
     */
    public static String clean(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .codePoints()
                .filter(c ->
                        !Character.isISOControl(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        name = firstCodePoints(name.strip(), 200).strip();
        return name.isEmpty() ? null : name;
    }

    /** A download name in the reader's language: the title in letters, digits and hyphens, and the extension. */
    public static String downloadName(String title, String variant, String extension) {
        String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        base = firstCodePoints(base.replaceAll("^-+", ""), 80).replaceAll("-+$", "");
        String suffix = MediaFile.ORIGINAL.equals(variant) ? "" : "-" + variant.toLowerCase(Locale.ROOT);
        return (base.isEmpty() ? "kolo" : base) + suffix + "." + extension;
    }

    /** At most {@code most} characters, never cutting a letter written with two chars (a surrogate pair) in half. */
    private static String firstCodePoints(String text, int most) {
        return text.length() <= most
                ? text
                : text.substring(0, text.offsetByCodePoints(0, Math.min(most, text.codePointCount(0, text.length()))));
    }

    private static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
