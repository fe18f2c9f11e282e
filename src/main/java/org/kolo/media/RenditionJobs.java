package org.kolo.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Makes the light renditions in the background, one at a time: a 360p video at about 400 kbit/s, an audio-only file
 * at 48 kbit/s and a poster frame. Jobs are rows, so they survive a restart; one left "processing" by a stopped Kolo
 * runs again, and a failed one is retried twice, later each time, then shows its reason to the uploader. Each job first
 * reads the original with ffprobe (the upload request never runs it): a file that is not what its first bytes say, or
 * over the picture or length cap, fails for good with the generic reason, and its original is not delivered.
 */
@ApplicationScoped
public class RenditionJobs {

    private static final Logger LOG = Logger.getLogger(RenditionJobs.class);
    static final int MAX_ATTEMPTS = 3;
    private static final Duration STALE = Duration.ofMinutes(90);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectStorage storage;

    @Inject
    MediaStore store;

    @Inject
    Ffmpeg ffmpeg;

    /** One claimed job: the file to make, and where the original is. */
    record Job(String mediaId, String variant, String originalKey) {}

    @Scheduled(every = "5s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        if (!ffmpeg.isAvailable()) {
            return;
        }
        for (Optional<Job> job = claim(); job.isPresent(); job = claim()) {
            run(job.get());
        }
    }

    /** Takes the next job due, so that two Kolo instances never make the same file. */
    Optional<Job> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("""
                    update media_file f set state = 'processing', attempts = attempts + 1, updated_at = now()
                    from (select media_id, variant from media_file
                          where variant <> 'original'
                            and ((state = 'queued' and run_after <= now())
                              or (state = 'processing' and updated_at < now() - cast(?1 as interval)))
                          order by run_after limit 1 for update skip locked) due
                    where f.media_id = due.media_id and f.variant = due.variant
                    returning f.media_id, f.variant,
                        (select object_key from media_file o where o.media_id = f.media_id and o.variant = 'original')
                    """)
                    .setParameter(1, STALE.toMinutes() + " minutes")
                    .getResultList();
            return rows.stream().findFirst().map(r -> new Job((String) r[0], (String) r[1], (String) r[2]));
        });
    }

    void run(Job job) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kolo-rendition");
            Path original = folder.resolve("original");
            try (InputStream in = storage.get(job.originalKey())) {
                Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
            }
            FileType type = FileType.of(head(original))
                    .filter(t -> t.demuxer().isPresent())
                    .orElseThrow(() -> new Ffmpeg.RenditionFailed("not a type ffmpeg reads", 0, true));
            store.probed(job.mediaId(), ffmpeg.probe(type, original).durationSeconds());
            Rendition rendition = Rendition.of(job.variant());
            Path made = folder.resolve(job.variant() + "." + rendition.extension());
            ffmpeg.transcode(type, original, rendition.inputOptions(), rendition.outputOptions(), made);
            store.storeRendition(job.mediaId(), job.variant(), made, rendition.contentType(), rendition.extension());
            LOG.infof("Made the %s rendition of media %s", job.variant(), job.mediaId());
        } catch (Ffmpeg.RenditionFailed e) {
            if (e.refused()) {
                LOG.warnf(
                        "Media %s cannot be processed (%s); exit code %d", job.mediaId(), e.getMessage(), e.exitCode());
                store.refused(job.mediaId());
            } else {
                failed(job, e.getMessage() + "; exit code " + e.exitCode());
            }
        } catch (StorageException | IOException | UncheckedIOException e) {
            failed(job, e.getClass().getSimpleName());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Logged with Kolo's own words only; the uploader sees the generic reason. */
    private void failed(Job job, String why) {
        LOG.warnf("The %s rendition of media %s failed: %s", job.variant(), job.mediaId(), why);
        QuarkusTransaction.requiringNew().run(() -> {
            MediaFile file = MediaFile.findById(new MediaFile.Key(job.mediaId(), job.variant()));
            if (file == null) {
                return;
            }
            file.reason = MediaStore.UNPROCESSABLE;
            file.state = file.attempts >= MAX_ATTEMPTS ? MediaState.FAILED : MediaState.QUEUED;
            file.runAfter = Instant.now().plus(Duration.ofMinutes(file.attempts * 2L));
            file.updatedAt = Instant.now();
        });
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileType.HEAD);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("temporary folder %s left: %s", folder, e.getMessage());
        }
    }
}
