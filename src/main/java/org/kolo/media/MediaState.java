package org.kolo.media;

import jakarta.persistence.Converter;
import org.kolo.codes.Coded;
import org.kolo.codes.CodedColumn;

/**
 * Where a media item or one of its files stands. An item is {@code uploading} until its first file is stored, then
 * {@code ready}; a file is {@code queued} for a rendition job, {@code processing}, {@code ready} or {@code failed}.
 */
public enum MediaState implements Coded {
    UPLOADING("uploading"),
    QUEUED("queued"),
    PROCESSING("processing"),
    READY("ready"),
    FAILED("failed");

    private final String code;

    MediaState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Queued or processing: a rendition is on its way. */
    public boolean isPreparing() {
        return this == QUEUED || this == PROCESSING;
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<MediaState> {
        public Column() {
            super(MediaState.class);
        }
    }
}
