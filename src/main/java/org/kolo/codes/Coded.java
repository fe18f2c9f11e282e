package org.kolo.codes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * An enum whose constants have a stable lower-case word: stored in the database, sent in JSON, written in content
 * files and used in message keys. The constant's Java name may change; the code may not.
 */
public interface Coded {

    @JsonValue
    String code();

    /** The constant of {@code type} with this code; empty for any other text. */
    static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst();
    }
}
