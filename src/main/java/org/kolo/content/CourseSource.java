package org.kolo.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kolo.courses.Access;
import org.kolo.quizzes.Quiz;

/** A course as written in its folder: metadata from course.yaml and the lesson files it lists. */
public record CourseSource(
        String id,
        int version,
        Access access,
        List<String> languages,
        List<String> optionalLanguages,
        Map<String, String> titles,
        Map<String, String> summaries,
        Map<String, String> neutralTitles,
        boolean neutralPageTitles,
        List<String> requiredQuizzes,
        List<ModuleSource> modules,
        List<Quiz> quizzes,
        String testBefore,
        String testAfter,
        CertificateRule certificate,
        Path folder,
        Path metadataFile,
        String contentHash) {

    public Stream<LessonSource> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream());
    }

    public boolean isPublic() {
        return access == Access.PUBLIC;
    }

    /**
     * What certificates of this course say: hours printed (null: the lessons' reading time, rounded up to half an
     * hour) and how many months they stay valid (null: for ever).
     */
    public record CertificateRule(java.math.BigDecimal hours, Integer validMonths) {
        public static final CertificateRule DEFAULT = new CertificateRule(null, null);
    }

    /** A module: a titled, ordered group of lessons. */
    public record ModuleSource(String id, int line, Map<String, String> titles, List<LessonSource> lessons) {}

    /** A lesson with its file in each language that exists. */
    public record LessonSource(
            String id, int line, String courseId, String moduleId, Path folder, Map<String, LessonFile> files) {}

    /** One language of a lesson. {@code bodyLine} is the file line where the Markdown body starts. */
    /** One language of a lesson; {@code card} is the heading of its pocket-card section, or null. */
    public record LessonFile(
            String language,
            Path path,
            String title,
            String translatedFrom,
            String markdown,
            int bodyLine,
            String sha256,
            String card) {}
}
