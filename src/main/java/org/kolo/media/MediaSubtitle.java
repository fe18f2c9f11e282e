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

/** WebVTT subtitles of a media item in one language; their text is also the transcript. */
@Entity
@Table(name = "media_subtitle")
@IdClass(MediaSubtitle.Key.class)
public class MediaSubtitle extends PanacheEntityBase {

    @Id
    @Column(name = "media_id")
    public String mediaId;

    @Id
    public String language;

    public String vtt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<MediaSubtitle> of(String mediaId) {
        return list("mediaId = ?1 order by language", mediaId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String mediaId;
        public String language;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.mediaId.equals(mediaId) && key.language.equals(language);
        }

        @Override
        public int hashCode() {
            return mediaId.hashCode() * 31 + language.hashCode();
        }
    }
}
