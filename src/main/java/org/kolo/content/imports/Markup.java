package org.kolo.content.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds what Kolo refuses in a text: HTML tags (Kolo content is plain) and Moodle's pictures and sound. */
final class Markup {

    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?/?>");
    private static final Pattern MEDIA_TAG = Pattern.compile("(?i)img|audio|video|source|object|embed|iframe");
    private static final String MOODLE_FILE = "@@PLUGINFILE@@";

    private Markup() {}

    /** The unsupported item on this line, if any, phrased for the author. */
    static Optional<ImportProblem> find(String line, int number) {
        List<MatchResult> tags = TAG.matcher(line).results().toList();
        Optional<String> media = tags.stream()
                .filter(tag -> MEDIA_TAG.matcher(tag.group(1)).matches())
                .map(MatchResult::group)
                .findFirst()
                .or(() -> line.contains(MOODLE_FILE) ? Optional.of(MOODLE_FILE) : Optional.empty());
        if (media.isPresent()) {
            return Optional.of(ImportProblem.leftOut(number, "media is not supported in Kolo quizzes: " + media.get()));
        }
        return tags.stream()
                .findFirst()
                .map(tag -> ImportProblem.leftOut(number, "HTML is not supported in Kolo content: " + tag.group()));
    }
}
