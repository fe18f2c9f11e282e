package org.kolo.content;

import java.nio.file.Path;

/** One thing wrong in the content, at a file and line, as the checker prints it. */
public record ContentProblem(Path file, int line, Severity severity, String message) {

    /**
     * Errors stop a course from loading and fail the checker; warnings only inform; a review lists a file its author
     * marked for a lawyer to confirm ({@code review:} in a lesson's front matter or a quiz file).
     */
    public enum Severity {
        ERROR,
        WARNING,
        REVIEW
    }

    public static ContentProblem error(Path file, int line, String message) {
        return new ContentProblem(file, line, Severity.ERROR, message);
    }

    public static ContentProblem warning(Path file, int line, String message) {
        return new ContentProblem(file, line, Severity.WARNING, message);
    }

    public static ContentProblem review(Path file, int line, String what) {
        return new ContentProblem(file, line, Severity.REVIEW, "for a lawyer to confirm: " + what);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message}, with the file relative to the content folder. */
    public String format(Path root) {
        Path shown = file.startsWith(root) ? root.relativize(file) : file;
        return shown + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
