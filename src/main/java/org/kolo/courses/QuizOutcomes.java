package org.kolo.courses;

import java.util.Set;

/**
 * The quizzes a person passed, by each quiz's rule. Implemented by the quizzes feature; courses only need the
 * answer to apply their completion rule.
 */
public interface QuizOutcomes {

    Set<String> passed(String accountId);
}
