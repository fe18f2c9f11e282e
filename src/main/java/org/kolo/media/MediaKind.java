package org.kolo.media;

import jakarta.persistence.Converter;
import org.kolo.codes.Coded;
import org.kolo.codes.CodedColumn;

/** What a media item is, from its file's content (never from its name): it decides the player and the renditions. */
public enum MediaKind implements Coded {
    VIDEO("video"),
    AUDIO("audio"),
    DOCUMENT("document"),
    IMAGE("image");

    private final String code;

    MediaKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isPlayable() {
        return this == VIDEO || this == AUDIO;
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<MediaKind> {
        public Column() {
            super(MediaKind.class);
        }
    }
}
