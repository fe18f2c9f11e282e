package org.kolo.courses;

import java.util.Map;
import java.util.Set;

/** One person's progress as it stands: her lessons and the quizzes she passed, what completion rules look at. */
public record ProgressSnapshot(Map<String, LessonProgress> lessons, Set<String> passedQuizzes) {

    public static final ProgressSnapshot NOTHING_YET = new ProgressSnapshot(Map.of(), Set.of());
}
