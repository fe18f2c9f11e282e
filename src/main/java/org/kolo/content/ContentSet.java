package org.kolo.content;

import java.nio.file.Path;
import java.util.List;
import org.kolo.countries.CountryCards;

/** Everything read from a content folder, with the problems met while reading it. */
public record ContentSet(
        Path root, List<CourseSource> courses, CountryCards countries, List<ContentProblem> problems) {}
