package org.kolo.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kolo.content.CourseSource.LessonFile;
import org.kolo.content.CourseSource.LessonSource;
import org.kolo.content.CourseSource.ModuleSource;
import org.kolo.courses.Course;
import org.kolo.courses.CourseModule;
import org.kolo.courses.Lesson;
import org.kolo.courses.LessonMarkdown;
import org.kolo.courses.LessonText;
import org.kolo.courses.PocketCard;

/**
 * Writes checked content into the database in one transaction. A course whose files did not change is not
 * touched; a lesson text whose file did not change is not rendered again; what left the content is retired.
 * Progress is never touched.
 */
@ApplicationScoped
public class ContentWriter {

    private static final int WORDS_PER_MINUTE = 150;

    @Inject
    QuizWriter quizzes;

    @Transactional
    public LoadReport write(ContentSet content, Set<String> refused, List<String> problems) {
        Counts counts = new Counts();
        List<CourseSource> courses = content.courses();
        for (int position = 0; position < courses.size(); position++) {
            CourseSource source = courses.get(position);
            if (!refused.contains(source.id())) {
                writeCourse(content, source, position, counts);
            }
        }
        Set<String> present = courses.stream().map(CourseSource::id).collect(Collectors.toSet());
        int retiredCourses = present.isEmpty()
                ? Course.update("retired = true where retired = false")
                : Course.update("retired = true where retired = false and id not in ?1", present);
        return new LoadReport(
                counts.coursesWritten,
                counts.coursesUnchanged,
                counts.textsWritten,
                counts.lessonsRetired,
                retiredCourses,
                List.copyOf(refused),
                problems);
    }

    private void writeCourse(ContentSet content, CourseSource source, int position, Counts counts) {
        Course course = Course.findById(source.id());
        if (course != null
                && !course.retired
                && course.position == position
                && source.contentHash().equals(course.contentHash)) {
            counts.coursesUnchanged++;
            return;
        }
        if (course == null) {
            course = new Course();
            course.id = source.id();
        }
        course.version = source.version();
        course.access = source.access();
        course.position = position;
        course.languages = String.join(",", source.languages());
        course.titles = source.titles();
        course.summaries = source.summaries();
        course.neutralTitles = source.neutralTitles();
        course.neutralPageTitles = source.neutralPageTitles();
        course.requiredQuizzes = String.join(",", source.requiredQuizzes());
        course.testBefore = source.testBefore();
        course.testAfter = source.testAfter();
        course.certificateHours = source.certificate().hours();
        course.certificateValidMonths = source.certificate().validMonths();
        course.contentHash = source.contentHash();
        course.retired = false;
        course.loadedAt = Instant.now();
        course.persist();
        writeModules(source);
        writeLessons(content, source, counts);
        quizzes.write(source.id(), source.quizzes());
        counts.coursesWritten++;
    }

    private void writeModules(CourseSource source) {
        Map<String, CourseModule> existing = new HashMap<>();
        CourseModule.<CourseModule>list("courseId", source.id()).forEach(m -> existing.put(m.id, m));
        for (int i = 0; i < source.modules().size(); i++) {
            ModuleSource module = source.modules().get(i);
            CourseModule entity = existing.remove(module.id());
            if (entity == null) {
                entity = new CourseModule();
                entity.courseId = source.id();
                entity.id = module.id();
            }
            entity.position = i;
            entity.titles = module.titles();
            entity.retired = false;
            entity.persist();
        }
        existing.values().forEach(gone -> gone.retired = true);
    }

    private void writeLessons(ContentSet content, CourseSource source, Counts counts) {
        ContentTargets targets = new ContentTargets(content, source);
        List<String> ids = new ArrayList<>();
        int position = 0;
        for (LessonSource lesson : source.lessons().toList()) {
            ids.add(lesson.id());
            Lesson entity = Lesson.findById(lesson.id());
            if (entity == null) {
                entity = new Lesson();
                entity.id = lesson.id();
            }
            entity.courseId = source.id();
            entity.moduleId = lesson.moduleId();
            entity.position = position++;
            entity.minutes = minutes(lesson);
            entity.retired = false;
            entity.persist();
            for (LessonFile file : lesson.files().values()) {
                counts.textsWritten += writeText(lesson.id(), file, targets) ? 1 : 0;
            }
        }
        counts.lessonsRetired += Lesson.update(
                "retired = true where courseId = ?1 and retired = false and id not in ?2", source.id(), ids);
    }

    private static boolean writeText(String lessonId, LessonFile file, ContentTargets targets) {
        LessonText text = LessonText.find("lessonId = ?1 and language = ?2", lessonId, file.language())
                .firstResult();
        if (text != null && file.sha256().equals(text.sourceHash)) {
            return false;
        }
        if (text == null) {
            text = new LessonText();
            text.lessonId = lessonId;
            text.language = file.language();
        }
        LessonMarkdown markdown = LessonMarkdown.parse(file.markdown());
        text.title = file.title();
        text.words = markdown.words();
        text.html = markdown.toHtml(targets);
        text.cardTitle = file.card();
        text.card = file.card() == null
                ? null
                : PocketCard.section(file.markdown(), file.card()).orElse(null);
        text.sourceHash = file.sha256();
        text.updatedAt = Instant.now();
        text.persist();
        return true;
    }

    private static int minutes(LessonSource lesson) {
        LessonFile source = lesson.files().get(ContentReader.SOURCE_LANGUAGE);
        int words = source == null ? 0 : LessonMarkdown.parse(source.markdown()).words();
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static final class Counts {
        int coursesWritten;
        int coursesUnchanged;
        int textsWritten;
        int lessonsRetired;
    }
}
