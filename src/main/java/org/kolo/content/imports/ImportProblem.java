package org.kolo.content.imports;

/** Something in an imported file that Kolo cannot take over as written, at its line. */
record ImportProblem(int line, String message, Kind kind) {

    /**
     * An error makes the file unreadable; an unsupported item is valid in Moodle but not in Kolo and fails the
     * import unless it may be left out; a note only informs.
     */
    enum Kind {
        ERROR,
        UNSUPPORTED,
        NOTE
    }

    static ImportProblem error(int line, String message) {
        return new ImportProblem(line, message, Kind.ERROR);
    }

    static ImportProblem unsupported(int line, String message) {
        return new ImportProblem(line, message, Kind.UNSUPPORTED);
    }

    /** An unsupported item that costs the whole question, when the import goes on without it. */
    static ImportProblem leftOut(int line, String reason) {
        return unsupported(line, reason + "; question left out");
    }

    static ImportProblem note(int line, String message) {
        return new ImportProblem(line, message, Kind.NOTE);
    }

    /** {@code file:line: unsupported: message}, the shape compilers and the content checker print. */
    String format(String file) {
        return file + ":" + line + ": " + kind.name().toLowerCase() + ": " + message;
    }
}
