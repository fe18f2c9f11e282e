package org.kolo.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An upload in progress: how many bytes of how many have arrived; the bytes wait on Kolo's disk. */
@Entity
@Table(name = "media_upload")
public class MediaUpload extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "media_id")
    public String mediaId;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public long received;

    /** What the content turned out to be, once the first bytes arrived. */
    @Column(name = "content_type")
    public String contentType;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
