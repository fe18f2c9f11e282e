package org.kolo.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kolo.web.RefusedRequest;

/**
 * Uploads in chunks, so that a phone on a bad connection loses at most one chunk and can resume where the server
 * says it stopped. Bytes wait on Kolo's disk; the first ones decide the type; once all have come, the file goes to
 * the object storage in parts and only then becomes the item's file. Nothing half-written reaches the storage, and
 * abandoned uploads are deleted.
 */
@ApplicationScoped
public class MediaUploads {

    private static final Logger LOG = Logger.getLogger(MediaUploads.class);

    @Inject
    MediaConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    MediaStore files;

    /** Where an upload stands: send the next chunk from {@code received}. */
    public record Progress(UUID uploadId, String mediaId, long size, long received, int chunkBytes, boolean complete) {}

    /** Starts the upload of a new item's file; its type is known when the first bytes come. */
    public Progress start(
            String mediaId,
            Map<String, String> titles,
            String language,
            String fileName,
            long size,
            String uploader,
            String city) {
        checkSize(size);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (MediaItem.findById(mediaId) != null) {
                throw new RefusedRequest(409, "media-id-taken", mediaId);
            }
            MediaItem item = new MediaItem();
            item.id = mediaId;
            item.kind = MediaKind.DOCUMENT;
            item.language = language;
            item.titles = titles;
            item.originalName = MediaNames.clean(fileName);
            item.state = MediaState.UPLOADING;
            item.uploadedBy = uploader;
            item.city = city;
            item.createdAt = Instant.now();
            item.updatedAt = item.createdAt;
            item.persist();
            return progress(newUpload(mediaId, size, uploader));
        });
    }

    /** Starts replacing an item's file; until it is complete, the old file stays in use. */
    public Progress replace(String mediaId, String fileName, long size, String uploader) {
        checkSize(size);
        return QuarkusTransaction.requiringNew().call(() -> {
            MediaItem item = MediaItem.findById(mediaId);
            if (item == null) {
                throw new NotFoundException();
            }
            item.originalName = MediaNames.clean(fileName);
            return progress(newUpload(mediaId, size, uploader));
        });
    }

    /** Where the upload stands; one whose bytes all came but were not stored yet (a restart) is finished now. */
    public Progress progress(UUID uploadId, String uploader) {
        MediaUpload upload = QuarkusTransaction.requiringNew().call(() -> owned(uploadId, uploader, LockModeType.NONE));
        return upload.received == upload.sizeBytes ? finish(upload) : progress(upload);
    }

    /**
     * Writes one chunk at {@code offset}, which must be where the upload stands (a repeated or skipped chunk gets
     * 409 with the right offset). After the last chunk the file is stored, outside any transaction: it may take
     * minutes for a large file.
     */
    public Progress append(UUID uploadId, long offset, InputStream body, String uploader) {
        MediaUpload upload = QuarkusTransaction.requiringNew().call(() -> {
            MediaUpload locked = owned(uploadId, uploader, LockModeType.PESSIMISTIC_WRITE);
            if (offset != locked.received) {
                throw new RefusedRequest(409, "media-upload-offset", String.valueOf(locked.received));
            }
            long written = write(
                    staging(locked.id), offset, body, Math.min(config.chunkBytes(), locked.sizeBytes - offset), locked);
            if (written == 0) {
                // An empty chunk says nothing about the file: refuse it and keep the upload as it was.
                throw new RefusedRequest(422, "media-chunk-empty");
            }
            locked.received += written;
            locked.updatedAt = Instant.now();
            if (locked.contentType == null) {
                locked.contentType = sniff(locked).map(FileType::contentType).orElse(null);
            }
            return locked;
        });
        if (upload.contentType == null) {
            cancel(uploadId, uploader);
            throw new RefusedRequest(415, "media-type-refused");
        }
        return upload.received == upload.sizeBytes ? finish(upload) : progress(upload);
    }

    private Progress finish(MediaUpload upload) {
        files.storeOriginal(upload.mediaId, staging(upload.id), upload.sizeBytes);
        QuarkusTransaction.requiringNew().run(() -> {
            MediaUpload stored = entityManager.find(MediaUpload.class, upload.id, LockModeType.PESSIMISTIC_WRITE);
            if (stored != null) {
                delete(stored);
            }
        });
        return new Progress(upload.id, upload.mediaId, upload.sizeBytes, upload.sizeBytes, config.chunkBytes(), true);
    }

    /** Gives up an upload: its bytes are deleted, and a new item that never got a file goes too. */
    public void cancel(UUID uploadId, String uploader) {
        QuarkusTransaction.requiringNew().run(() -> delete(owned(uploadId, uploader, LockModeType.PESSIMISTIC_WRITE)));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteAbandoned() {
        Instant before = Instant.now().minus(config.abandonedAfter());
        QuarkusTransaction.requiringNew()
                .run(() ->
                        MediaUpload.<MediaUpload>list("updatedAt < ?1", before).forEach(this::delete));
    }

    private MediaUpload newUpload(String mediaId, long size, String uploader) {
        try {
            Files.createDirectories(config.stagingDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the upload folder " + config.stagingDir(), e);
        }
        MediaUpload upload = new MediaUpload();
        upload.id = UUID.randomUUID();
        upload.mediaId = mediaId;
        upload.sizeBytes = size;
        upload.startedBy = uploader;
        upload.updatedAt = Instant.now();
        upload.persist();
        return upload;
    }

    private void checkSize(long size) {
        if (size > config.maxUploadBytes()) {
            throw new RefusedRequest(413, "media-too-large", config.maxUploadBytes() / 1_000_000);
        }
        if (size <= 0) {
            throw new RefusedRequest(422, "media-empty");
        }
    }

    /** The first bytes decide; anything outside the allow-list is empty (the upload then ends with 415). */
    private Optional<FileType> sniff(MediaUpload upload) {
        byte[] head = new byte[(int) Math.min(FileType.HEAD, upload.received)];
        try (FileChannel channel = FileChannel.open(staging(upload.id), StandardOpenOption.READ)) {
            channel.read(ByteBuffer.wrap(head), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileType.of(head);
    }

    private long write(Path file, long offset, InputStream body, long allowed, MediaUpload upload) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.position(offset);
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            int read;
            while ((read = body.read(buffer)) > 0) {
                written += read;
                if (written > allowed) {
                    throw new RefusedRequest(413, "media-chunk-too-large", allowed);
                }
                channel.write(ByteBuffer.wrap(buffer, 0, read));
            }
            channel.truncate(offset + written); // a chunk sent again after a failure replaces what was there
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage upload " + upload.id, e);
        }
    }

    private void delete(MediaUpload upload) {
        try {
            Files.deleteIfExists(staging(upload.id));
        } catch (IOException e) {
            LOG.warnf("Staged bytes of upload %s not deleted: %s", upload.id, e.getMessage());
        }
        entityManager.remove(entityManager.contains(upload) ? upload : entityManager.merge(upload));
        MediaItem item = MediaItem.findById(upload.mediaId);
        if (item != null
                && item.state == MediaState.UPLOADING
                && MediaUpload.count("mediaId = ?1 and id <> ?2", upload.mediaId, upload.id) == 0) {
            item.delete();
        }
    }

    private MediaUpload owned(UUID uploadId, String uploader, LockModeType lock) {
        MediaUpload upload = entityManager.find(MediaUpload.class, uploadId, lock);
        if (upload == null || !upload.startedBy.equals(uploader)) {
            throw new NotFoundException();
        }
        return upload;
    }

    private Path staging(UUID uploadId) {
        return config.stagingDir().resolve(uploadId + ".part");
    }

    private Progress progress(MediaUpload upload) {
        return new Progress(upload.id, upload.mediaId, upload.sizeBytes, upload.received, config.chunkBytes(), false);
    }
}
