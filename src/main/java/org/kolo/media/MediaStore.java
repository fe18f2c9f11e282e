package org.kolo.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.kolo.web.RefusedRequest;

/**
 * Puts media files into the object storage and keeps the item's rows in step: an original replaces the previous one
 * (whose objects are removed after the switch) and queues new renditions when ffmpeg can make them. A video or
 * audio original stays "processing" until a rendition job has read it with ffprobe (never in the upload request).
 */
@ApplicationScoped
public class MediaStore {

    private static final Logger LOG = Logger.getLogger(MediaStore.class);

    @Inject
    ObjectStorage storage;

    @Inject
    Ffmpeg ffmpeg;

    @Inject
    Event<MediaChanged> changed;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    /** The reason a failed file shows, translated as {@code media.reason.unprocessable}; never ffmpeg's words. */
    static final String UNPROCESSABLE = "unprocessable";

    /** Stores a complete upload as the item's original file; video and audio are read later, by the jobs. */
    public void storeOriginal(String mediaId, Path file, long size) {
        FileType type = FileType.of(head(file)).orElseThrow(() -> new RefusedRequest(415, "media-type-refused"));
        String key = MediaNames.objectKey(mediaId, MediaFile.ORIGINAL, type.extension());
        try (InputStream in = Files.newInputStream(file)) {
            storage.put(key, in, size, type.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> stale = QuarkusTransaction.requiringNew().call(() -> {
            MediaItem item = MediaItem.findById(mediaId);
            if (item == null) {
                throw new NotFoundException();
            }
            item.kind = type.kind();
            item.state = MediaState.READY;
            item.durationSeconds = null;
            item.updatedAt = Instant.now();
            List<String> old = dropFiles(mediaId);
            List<String> renditions = renditionsOf(type.kind());
            MediaFile original =
                    file(mediaId, MediaFile.ORIGINAL, renditions.isEmpty() ? MediaState.READY : MediaState.PROCESSING);
            original.objectKey = key;
            original.contentType = type.contentType();
            original.sizeBytes = size;
            for (String variant : renditions) {
                file(mediaId, variant, MediaState.QUEUED);
            }
            return old;
        });
        stale.forEach(this::removeQuietly);
        changed.fire(new MediaChanged(mediaId));
    }

    /** A job read the original with ffprobe: it is ready to play, and its length is known. */
    public void probed(String mediaId, Integer durationSeconds) {
        boolean changedNow = QuarkusTransaction.requiringNew().call(() -> {
            MediaItem item = MediaItem.findById(mediaId);
            MediaFile original = MediaFile.findById(new MediaFile.Key(mediaId, MediaFile.ORIGINAL));
            if (item == null || original == null || original.state != MediaState.PROCESSING) {
                return false;
            }
            item.durationSeconds = durationSeconds;
            item.updatedAt = Instant.now();
            original.state = MediaState.READY;
            original.updatedAt = Instant.now();
            return true;
        });
        if (changedNow) {
            changed.fire(new MediaChanged(mediaId));
        }
    }

    /**
     * The original cannot be processed (not what its first bytes say, or over a cap): it is not delivered, and its
     * renditions will not be made; staff see the generic reason.
     */
    public void refused(String mediaId) {
        QuarkusTransaction.requiringNew()
                .run(() -> MediaFile.of(mediaId).stream()
                        .filter(f -> !f.isReady())
                        .forEach(f -> {
                            f.state = MediaState.FAILED;
                            f.reason = UNPROCESSABLE;
                            f.updatedAt = Instant.now();
                        }));
        changed.fire(new MediaChanged(mediaId));
    }

    /** Stores a rendition ffmpeg made and marks its job done. */
    public void storeRendition(String mediaId, String variant, Path file, String contentType, String extension) {
        String key = MediaNames.objectKey(mediaId, variant, extension);
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            storage.put(key, in, size, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            MediaFile rendition = MediaFile.findById(new MediaFile.Key(mediaId, variant));
            if (rendition == null) {
                removeQuietly(key); // the original was replaced meanwhile
                return;
            }
            rendition.objectKey = key;
            rendition.contentType = contentType;
            rendition.sizeBytes = size;
            rendition.state = MediaState.READY;
            rendition.reason = null;
            rendition.updatedAt = Instant.now();
        });
        changed.fire(new MediaChanged(mediaId));
    }

    /** Deletes an item and its files; refused while a lesson uses it. */
    public void delete(String mediaId) {
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> {
            MediaItem item = MediaItem.findById(mediaId);
            if (item == null) {
                throw new NotFoundException();
            }
            List<String> lessons = MediaUsage.lessonsUsing(mediaId);
            if (!lessons.isEmpty()) {
                throw new RefusedRequest(409, "media-in-use", String.join(", ", lessons));
            }
            List<String> objects = dropFiles(mediaId);
            MediaSubtitle.delete("mediaId", mediaId);
            MediaUpload.delete("mediaId", mediaId);
            item.delete();
            return objects;
        });
        keys.forEach(this::removeQuietly);
        changed.fire(new MediaChanged(mediaId));
    }

    /** Removes the item's file rows (without loading them) and returns their object keys, to remove after commit. */
    @SuppressWarnings("unchecked")
    private List<String> dropFiles(String mediaId) {
        List<String> keys = new ArrayList<>(entityManager
                .createNativeQuery("select object_key from media_file where media_id = ?1 and object_key is not null")
                .setParameter(1, mediaId)
                .getResultList());
        entityManager
                .createNativeQuery("delete from media_file where media_id = ?1")
                .setParameter(1, mediaId)
                .executeUpdate();
        return keys;
    }

    private List<String> renditionsOf(MediaKind kind) {
        if (!ffmpeg.isAvailable()) {
            return List.of();
        }
        return switch (kind) {
            case VIDEO -> List.of(MediaFile.VIDEO_360P, MediaFile.AUDIO, MediaFile.POSTER);
            case AUDIO -> List.of(MediaFile.AUDIO);
            default -> List.of();
        };
    }

    private static MediaFile file(String mediaId, String variant, MediaState state) {
        MediaFile file = new MediaFile();
        file.mediaId = mediaId;
        file.variant = variant;
        file.state = state;
        file.runAfter = Instant.now();
        file.updatedAt = Instant.now();
        file.persist();
        return file;
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (StorageException e) {
            LOG.warnf("Object %s not removed: %s", key, e.getMessage());
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileType.HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
