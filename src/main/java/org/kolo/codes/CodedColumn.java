package org.kolo.codes;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Coded} enum as its code; a subclass per enum, marked {@code @Converter(autoApply = true)}. */
public abstract class CodedColumn<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Coded.of(type, code)
                        .orElseThrow(() -> new IllegalStateException(
                                "the database holds '" + code + "', which is no " + type.getSimpleName()));
    }
}
