package org.kolo.reach;

/**
 * The one rule for counting people in reports: a count of one to four could point at a woman someone knows, so
 * it is shown as "fewer than five" and never as the number. Zero is shown: it singles out no one.
 */
public final class SmallNumbers {

    public static final int SMALLEST_SHOWN = 5;

    private SmallNumbers() {}

    /** Whether a count of people must be hidden. */
    public static boolean hides(long people) {
        return people > 0 && people < SMALLEST_SHOWN;
    }

    /** Whether a group is too small to show anything about it, such as a score or a share. */
    public static boolean tooFewToDescribe(long people) {
        return people < SMALLEST_SHOWN;
    }
}
