package org.kolo.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kolo.courses.LessonMarkdown;
import org.kolo.media.MediaUsage;

/** What the content import needs of the media library: which ids exist, and which lessons use which media. */
@ApplicationScoped
public class ContentMedia {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public Set<String> ids() {
        return QuarkusTransaction.requiringNew()
                .call(() -> new HashSet<String>(entityManager
                        .createNativeQuery("select id from media_item")
                        .getResultList()));
    }

    /** Records, for every lesson, the media any of its languages refers to. */
    public void recordUsage(ContentSet content) {
        Map<String, Set<String>> byLesson = new HashMap<>();
        content.courses()
                .forEach(course -> course.lessons()
                        .forEach(lesson -> lesson.files()
                                .values()
                                .forEach(file -> mediaOf(file.markdown())
                                        .forEach(id -> byLesson.computeIfAbsent(lesson.id(), l -> new HashSet<>())
                                                .add(id)))));
        QuarkusTransaction.requiringNew().run(() -> MediaUsage.replaceAll(byLesson));
    }

    private static List<String> mediaOf(String markdown) {
        return LessonMarkdown.parse(markdown).references().stream()
                .map(LessonMarkdown.Reference::destination)
                .filter(d -> d.startsWith("media:"))
                .map(d -> d.substring(6))
                .toList();
    }
}
