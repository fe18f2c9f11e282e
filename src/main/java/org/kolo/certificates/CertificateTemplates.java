package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The organisation's certificate template, read from its folder and read again when a file there changes, so a
 * new look needs no restart. A template broken on disk is logged and the last good one stays in use.
 */
@ApplicationScoped
public class CertificateTemplates {

    private static final Logger LOG = Logger.getLogger(CertificateTemplates.class);
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    /** The files as they were when looked at: name, modification time and size. */
    private record Stamps(Map<String, String> files) {}

    /** The template in use (null before the first good load), the failure if the files are broken now. */
    private record State(
            CertificateTemplate template, CertificateTemplateException failure, Stamps stamps, long checkedAt) {

        CertificateTemplate templateOrThrow() {
            if (template == null) {
                throw failure;
            }
            return template;
        }

        boolean isFresh(long now) {
            return now - checkedAt < CHECK_EVERY_NANOS;
        }
    }

    private final Path folder;
    private final LongSupplier nanoTime;
    private volatile State state;

    @Inject
    public CertificateTemplates(CertificateConfig config) {
        this(config.templateDir(), System::nanoTime);
    }

    /** With the clock it looks at, in nanoseconds, so a test can let a second pass without waiting for it. */
    CertificateTemplates(Path folder, LongSupplier nanoTime) {
        this.folder = folder;
        this.nanoTime = nanoTime;
    }

    /** The template as it is on disk, looked at no more than once a second. */
    public CertificateTemplate current() {
        State seen = state;
        if (seen != null && seen.isFresh(nanoTime.getAsLong())) {
            return seen.templateOrThrow();
        }
        synchronized (this) {
            long now = nanoTime.getAsLong();
            seen = state;
            if (seen == null || !seen.isFresh(now)) {
                Stamps stamps = stamps();
                state = seen != null && seen.stamps().equals(stamps)
                        ? new State(seen.template(), seen.failure(), stamps, now)
                        : load(seen, stamps, now);
            }
            return state.templateOrThrow();
        }
    }

    private State load(State previous, Stamps stamps, long now) {
        try {
            CertificateTemplate template = CertificateTemplate.load(folder);
            LOG.infof("Certificate template %s loaded from %s", template.version(), folder);
            return new State(template, null, stamps, now);
        } catch (CertificateTemplateException e) {
            CertificateTemplate kept = previous == null ? null : previous.template();
            LOG.errorf(
                    "Certificate template not loaded: %s%s",
                    e.getMessage(), kept == null ? "" : "; still using version " + kept.version());
            return new State(kept, e, stamps, now);
        }
    }

    private Stamps stamps() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path file : (Iterable<Path>) children::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(file.getFileName().toString(), attributes.lastModifiedTime() + " " + attributes.size());
            }
        } catch (NoSuchFileException e) {
            return new Stamps(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at the certificate template folder " + folder, e);
        }
        return new Stamps(files);
    }
}
