package org.kolo.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kolo.content.TestCourse;

/**
 * A course of the certificate tests' own, added to a copy of the shipped content: three lessons, a neutral title
 * that is what a certificate prints, and a full title that names drugs (which a certificate never does).
 */
final class CertificateCourses {

    static final String COURSE = "certificate-course";
    static final String NEUTRAL_RU = "Учебный курс программы";
    static final String NEUTRAL_KK = "Бағдарламаның оқу курсы";

    private static final String YAML = """
            id: certificate-course
            version: 1
            access: public
            languages: [ru, uk, kk]
            title: {ru: Права и наркополитика, uk: Права і наркополітика, kk: Құқықтар және есірткі саясаты}
            summary: {ru: Кратко, uk: Коротко, kk: Қысқаша}
            neutral-title: {ru: %s, uk: Навчальний курс програми, kk: %s}
            certificate:
              hours: 2
            completion:
              lessons: all
              quizzes: []
            modules:
              - id: certificate-module
                title: {ru: Модуль, uk: Модуль, kk: Модуль}
                lessons: [certificate-course-1, certificate-course-2, certificate-course-3]
            """.formatted(NEUTRAL_RU, NEUTRAL_KK);

    private CertificateCourses() {}

    /** A copy of the shipped content with the course added. */
    static Path write(Path temp) throws Exception {
        Path content = TestCourse.copyOf(Path.of("content"), temp.resolve("content"));
        Path course = Files.createDirectories(content.resolve("courses/" + COURSE));
        Files.write(course.resolve("course.yaml"), TestCourse.utf8(YAML));
        String words = "\n\n" + TestCourse.WORDS;
        for (int i = 1; i <= 3; i++) {
            TestCourse.writeLesson(
                    course,
                    COURSE + "-" + i,
                    Map.of(
                            "ru", "---\ntitle: Урок\nminutes: 10\n---\n\n# Урок\n\nТекст.\n" + words,
                            "uk", "---\ntitle: Урок\nminutes: 10\n---\n\n# Урок\n\nТекст.\n" + words,
                            "kk", "---\ntitle: Сабақ\nminutes: 10\n---\n\n# Сабақ\n\nМәтін.\n" + words));
        }
        return content;
    }
}
