package org.kolo.content.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer inside GIFT braces: {@code =text}, {@code ~text} or {@code ~%50%text}, with an optional
 * {@code #feedback}. {@code weight} is null when the answer has no {@code %n%}; {@code text} and
 * {@code feedback} are null when empty.
 */
record GiftAnswer(int line, char marker, Double weight, String text, String feedback) {

    static final char RIGHT = '=';
    static final char WRONG = '~';
    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d{1,3}(?:\\.\\d+)?)%");

    /** A piece as {@link GiftText#splitBefore} cuts it; one without marker (text before the first) has none. */
    static GiftAnswer parse(GiftText piece) {
        GiftText answer = piece.strip();
        char marker = answer.startsWith("=") ? RIGHT : answer.startsWith("~") ? WRONG : 0;
        GiftText rest = marker == 0 ? answer : answer.slice(1);
        Double weight = null;
        Matcher matcher = WEIGHT.matcher(rest.toString());
        if (matcher.lookingAt()) {
            weight = Double.valueOf(matcher.group(1));
            rest = rest.slice(matcher.end());
        }
        int hash = rest.indexOf("#", 0);
        String text = GiftFormat.plain((hash < 0 ? rest : rest.slice(0, hash)).toString());
        String feedback =
                hash < 0 ? null : GiftFormat.plain(rest.slice(hash + 1).toString());
        return new GiftAnswer(answer.line(), marker, weight, text, feedback);
    }

    /** The weight as a number, for messages: 50 rather than 50.0. */
    String shownWeight() {
        return weight == Math.rint(weight) ? String.valueOf(weight.intValue()) : String.valueOf(weight);
    }
}
