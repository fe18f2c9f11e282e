package org.kolo.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kolo.web.PrecompressedPage;

/**
 * Lesson pages rendered and compressed once per lesson, language, content version and kind of reader: anonymous,
 * or signed in with the lesson done or not. They hold nothing personal; a signed-in reader's form token goes into
 * the page's one hole per request.
 */
@ApplicationScoped
public class RenderedLessons {

    private final Map<String, PrecompressedPage> pages = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public PrecompressedPage page(String key, Supplier<PrecompressedPage> render) {
        return pages.computeIfAbsent(key, k -> render.get());
    }

    void forget(@Observes ContentPublished published) {
        pages.clear();
    }

    /** A media item changed: pages are rendered again, and readers' cached copies no longer match. */
    void forget(@Observes org.kolo.media.MediaChanged changed) {
        generation.incrementAndGet();
        pages.clear();
    }

    /** Counts media changes since start; part of lesson pages' ETags. */
    public long generation() {
        return generation.get();
    }
}
