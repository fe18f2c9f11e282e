package org.kolo.certificates;

import jakarta.persistence.Converter;
import org.kolo.codes.Coded;
import org.kolo.codes.CodedColumn;

/** Why a certificate exists; the register shows it, translated ({@code certificates.reason.manual}). */
public enum IssueReason implements Coded {
    /** Kolo issued it when she finished the course. */
    COMPLETION("completion"),
    /** An admin or coordinator issued it by hand. */
    MANUAL("manual"),
    /** A trainer issued it to her group. */
    GROUP("group"),
    /** It replaces an earlier certificate (a new name, a new template). */
    REISSUE("reissue");

    private final String code;

    IssueReason(String code) {
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
    public static class Column extends CodedColumn<IssueReason> {
        public Column() {
            super(IssueReason.class);
        }
    }
}
