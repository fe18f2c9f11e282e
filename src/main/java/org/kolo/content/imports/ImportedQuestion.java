package org.kolo.content.imports;

import java.util.List;

/** A question read from a Moodle file, its texts in the one language of the import. */
sealed interface ImportedQuestion {

    String id();

    String text();

    /** Shown with the result; null when the file gives none. */
    String explanation();

    /** {@code single} or {@code multiple}: options with the right ones marked. */
    record Choice(String id, String text, String explanation, boolean multiple, List<ImportedOption> options)
            implements ImportedQuestion {}

    /** Feedback texts are null when absent. */
    record TrueFalse(
            String id, String text, String explanation, boolean answer, String feedbackTrue, String feedbackFalse)
            implements ImportedQuestion {}

    record Matching(String id, String text, String explanation, List<ImportedPair> pairs) implements ImportedQuestion {}

    record ShortAnswer(String id, String text, String explanation, List<String> accepted) implements ImportedQuestion {}
}
