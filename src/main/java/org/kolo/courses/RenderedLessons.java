package org.kolo.courses;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kolo.courses.content.ContentLoader.ContentLoaded;

/**
 * Lesson pages as an anonymous reader sees them, rendered once per lesson, language and content version:
 * they hold nothing personal, so every anonymous reader gets the same bytes.
 */
@ApplicationScoped
public class RenderedLessons {

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public String page(String key, Supplier<String> render) {
        return pages.computeIfAbsent(key, k -> render.get());
    }

    void forget(@Observes ContentLoaded loaded) {
        pages.clear();
    }
}
