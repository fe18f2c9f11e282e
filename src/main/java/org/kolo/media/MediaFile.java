package org.kolo.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One file of a media item (its original, a rendition or the poster), and the job that makes it. */
@Entity
@Table(name = "media_file")
@IdClass(MediaFile.Key.class)
public class MediaFile extends PanacheEntityBase {

    public static final String ORIGINAL = "original";
    public static final String VIDEO_360P = "360p";
    public static final String AUDIO = "audio";
    public static final String POSTER = "poster";

    @Id
    @Column(name = "media_id")
    public String mediaId;

    @Id
    public String variant;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** {@code queued}, {@code processing}, {@code ready} or {@code failed}. */
    public MediaState state;

    public int attempts;

    /** Why the last attempt failed, for the uploader. */
    public String reason;

    @Column(name = "run_after")
    public Instant runAfter;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isReady() {
        return state == MediaState.READY;
    }

    /**
     * The size people see before they play or download, in MB with one decimal, rounded up: a small handout shows
     * 0.1 MB, never 0.0 (the texts write the decimal as the reader does).
     */
    public Double megabytes() {
        return sizeBytes == null ? null : Math.ceil(sizeBytes / 100_000.0) / 10;
    }

    public static List<MediaFile> of(String mediaId) {
        return list("mediaId", mediaId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String mediaId;
        public String variant;

        public Key() {}

        public Key(String mediaId, String variant) {
            this.mediaId = mediaId;
            this.variant = variant;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.mediaId.equals(mediaId) && key.variant.equals(variant);
        }

        @Override
        public int hashCode() {
            return mediaId.hashCode() * 31 + variant.hashCode();
        }
    }
}
