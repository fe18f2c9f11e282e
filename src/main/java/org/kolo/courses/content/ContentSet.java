package org.kolo.courses.content;

import java.nio.file.Path;
import java.util.List;

/** Everything read from a content folder, with the problems met while reading it. */
public record ContentSet(Path root, List<CourseSource> courses, CountryCards countries, List<ContentProblem> problems) {
}
