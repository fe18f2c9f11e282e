package org.kolo.courses;

import jakarta.persistence.Converter;
import org.kolo.codes.Coded;
import org.kolo.codes.CodedColumn;

/** Who may read a course: {@code access:} in its course.yaml. */
public enum Access implements Coded {
    /** Anyone, without an account: the course's pages are public. */
    PUBLIC("public"),
    /** Signed-in people only. */
    MEMBERS("members");

    private final String code;

    Access(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<Access> {
        public Column() {
            super(Access.class);
        }
    }
}
