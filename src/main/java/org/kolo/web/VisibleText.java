package org.kolo.web;

import java.util.OptionalInt;

/**
 * Text a person can see as it is: no NUL or other control characters (tab and line breaks aside), and no format
 * characters, the invisible ones that reverse the direction of what follows (bidi overrides) or hide between letters
 * (zero-width). A name or title with them can read differently on screen, in a PDF and in the database.
 */
public final class VisibleText {

    private VisibleText() {}

    public static boolean isVisible(String text) {
        // Every JSON string Kolo reads passes here: a plain loop, with the common letters decided without a lookup.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= ' ' && c < 0x7F || c >= 0x0400 && c <= 0x04FF;
            if (!plain && isHidden(Character.codePointAt(text, i))) {
                return false;
            }
        }
        return true;
    }

    /** The first hidden character in {@code text}, as a code point. */
    public static OptionalInt firstHidden(String text) {
        return text.codePoints().filter(VisibleText::isHidden).findFirst();
    }

    private static boolean isHidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
