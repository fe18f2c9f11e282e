package org.kolo.content;

import java.nio.file.Path;
import java.util.List;

/** The content checker's command line: {@code mvn -q -Pcheck-content}. Exit status 1 when there is an error. */
public final class CheckContent {

    private CheckContent() {}

    public static void main(String[] args) {
        Path root =
                Path.of(args.length > 0 ? args[0] : "content").toAbsolutePath().normalize();
        ContentSet content = ContentReader.read(root);
        List<ContentProblem> problems = ContentChecker.check(content);
        problems.forEach(problem -> System.out.println(problem.format(root)));
        long errors = count(problems, ContentProblem.Severity.ERROR);
        long lessons = content.courses().stream()
                .mapToLong(course -> course.lessons().count())
                .sum();
        System.out.printf(
                "checked %d courses, %d lessons in %s: %d errors, %d warnings, %d files marked for review%n",
                content.courses().size(),
                lessons,
                root,
                errors,
                count(problems, ContentProblem.Severity.WARNING),
                count(problems, ContentProblem.Severity.REVIEW));
        if (errors > 0) {
            System.exit(1);
        }
    }

    private static long count(List<ContentProblem> problems, ContentProblem.Severity severity) {
        return problems.stream()
                .filter(problem -> problem.severity() == severity)
                .count();
    }
}
