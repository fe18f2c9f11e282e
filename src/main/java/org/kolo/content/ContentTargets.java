package org.kolo.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.kolo.courses.LessonMarkdown;

/** Kolo addresses for a course's references: other lessons by id, and its pictures with their sizes. */
final class ContentTargets implements LessonMarkdown.Targets {

    private final Map<String, String> courseOfLesson;
    private final CourseSource course;

    ContentTargets(ContentSet content, CourseSource course) {
        this.course = course;
        this.courseOfLesson = new HashMap<>();
        content.courses().forEach(c -> c.lessons().forEach(l -> courseOfLesson.put(l.id(), c.id())));
    }

    @Override
    public Optional<String> lessonUrl(String lessonId) {
        return Optional.ofNullable(courseOfLesson.get(lessonId)).map(c -> "/courses/" + c + "/" + lessonId);
    }

    @Override
    public Optional<LessonMarkdown.SizedImage> image(String path) {
        Path file = course.folder().resolve(path).normalize();
        if (!file.startsWith(course.folder().resolve("images")) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return sizeOf(file)
                .map(size -> new LessonMarkdown.SizedImage(
                        "/courses/" + course.id() + "/images/" + file.getFileName(), size[0], size[1]));
    }

    private static Optional<int[]> sizeOf(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
