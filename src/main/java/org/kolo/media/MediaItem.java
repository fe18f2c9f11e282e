package org.kolo.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A video, audio file, handout or image in the library; lessons refer to it as {@code media:<id>}. */
@Entity
@Table(name = "media_item")
public class MediaItem extends PanacheEntityBase {

    @Id
    public String id;

    /** What it is, from the file's content. */
    public MediaKind kind;

    /** The language spoken or written in it. */
    public String language;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    /** The file's name on the uploader's device: metadata only, always shown escaped. */
    @Column(name = "original_name")
    public String originalName;

    /** {@code uploading} until its first file is stored, then {@code ready}. */
    public MediaState state;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** The uploader's city when she uploaded it, or null (older and demo items). */
    public String city;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isPlayable() {
        return kind != null && kind.isPlayable();
    }
}
