package org.kolo.quizzes;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a quiz can ask, by the name content files use. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    MATCHING("matching"),
    ORDERING("ordering"),
    SHORT("short");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
