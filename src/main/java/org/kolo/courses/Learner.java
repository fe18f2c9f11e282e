package org.kolo.courses;

import java.util.Map;
import java.util.Set;

/** What a course's completion rule looks at for one person: her lessons, and the quizzes she passed. */
public record Learner(Map<String, LessonProgress> lessons, Set<String> passedQuizzes) {

    public static final Learner NOBODY = new Learner(Map.of(), Set.of());
}
