package org.kolo.courses;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kolo.web.Language;

/**
 * The published courses, held in memory: a lesson page is served without a database query for its content.
 * Rebuilt from the database after every import.
 */
@ApplicationScoped
public class Catalog {

    private volatile Snapshot snapshot;

    /** The published courses by id, and the course of every lesson by lesson id. */
    private record Snapshot(Map<String, CatalogCourse> courses, Map<String, CatalogCourse> byLesson) {
        static Snapshot of(Map<String, CatalogCourse> courses) {
            Map<String, CatalogCourse> byLesson = new java.util.HashMap<>();
            courses.values().forEach(c -> c.lessons().forEach(l -> byLesson.put(l.id(), c)));
            return new Snapshot(courses, Map.copyOf(byLesson));
        }
    }

    /** A course with its modules and lessons in order. */
    public record CatalogCourse(
            String id,
            int version,
            boolean isPublic,
            List<String> languages,
            Map<String, String> titles,
            Map<String, String> summaries,
            Map<String, String> neutralTitles,
            boolean neutralPageTitles,
            List<String> requiredQuizzes,
            String testBefore,
            String testAfter,
            List<CatalogModule> modules,
            List<CatalogLesson> lessons) {

        public int minutes() {
            return lessons.stream().mapToInt(CatalogLesson::minutes).sum();
        }

        public Optional<CatalogLesson> lesson(String lessonId) {
            return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
        }
    }

    /** A module and its lessons. */
    public record CatalogModule(String id, Map<String, String> titles, List<CatalogLesson> lessons) {}

    /** A lesson with its text in each language it exists in. */
    public record CatalogLesson(
            String id, String courseId, String moduleId, int index, int minutes, Map<String, LessonVersion> texts) {

        /** The title in a language, else in Russian, the source. */
        public String title(String language) {
            LessonVersion text = Language.pick(texts, Language.ofCode(language).orElse(Language.SOURCE));
            return text == null ? id : text.title();
        }
    }

    /** One language of a lesson, ready to serve. */
    public record LessonVersion(
            String language,
            String title,
            String html,
            String etag,
            Instant updatedAt,
            String cardTitle,
            String card) {}

    void refresh(@Observes ContentPublished published) {
        snapshot = null;
    }

    public List<CatalogCourse> courses() {
        return List.copyOf(snapshot().courses().values());
    }

    public Optional<CatalogCourse> course(String id) {
        return Optional.ofNullable(snapshot().courses().get(id));
    }

    /** The course a lesson belongs to, looked up by the lesson's id alone. */
    public Optional<CatalogCourse> courseOfLesson(String lessonId) {
        return Optional.ofNullable(snapshot().byLesson().get(lessonId));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = Snapshot.of(QuarkusTransaction.requiringNew().call(this::load));
            snapshot = current;
        }
        return current;
    }

    private Map<String, CatalogCourse> load() {
        Map<String, List<LessonText>> texts =
                LessonText.<LessonText>listAll().stream().collect(Collectors.groupingBy(t -> t.lessonId));
        Map<String, CatalogCourse> loaded = new LinkedHashMap<>();
        for (Course course : Course.active()) {
            List<CatalogLesson> lessons = new ArrayList<>();
            for (Lesson lesson : Lesson.activeOf(course.id)) {
                Map<String, LessonVersion> versions = new LinkedHashMap<>();
                texts.getOrDefault(lesson.id, List.of())
                        .forEach(t -> versions.put(
                                t.language,
                                new LessonVersion(
                                        t.language,
                                        t.title,
                                        t.html,
                                        t.sourceHash.substring(0, 16),
                                        t.updatedAt,
                                        t.cardTitle,
                                        t.card)));
                lessons.add(new CatalogLesson(
                        lesson.id, course.id, lesson.moduleId, lessons.size(), lesson.minutes, Map.copyOf(versions)));
            }
            List<CatalogModule> modules = CourseModule.activeOf(course.id).stream()
                    .map(m -> new CatalogModule(
                            m.id,
                            m.titles,
                            lessons.stream()
                                    .filter(l -> l.moduleId().equals(m.id))
                                    .toList()))
                    .toList();
            loaded.put(
                    course.id,
                    new CatalogCourse(
                            course.id,
                            course.version,
                            course.access == Access.PUBLIC,
                            List.of(course.languages.split(",")),
                            course.titles,
                            course.summaries,
                            course.neutralTitles == null ? Map.of() : course.neutralTitles,
                            course.neutralPageTitles,
                            course.requiredQuizzes.isBlank() ? List.of() : List.of(course.requiredQuizzes.split(",")),
                            course.testBefore,
                            course.testAfter,
                            modules,
                            List.copyOf(lessons)));
        }
        return loaded;
    }
}
