package org.kolo.quizzes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a learner answered, in the one field that fits the question's type: {@code option} (single choice),
 * {@code options} (multiple choice), {@code value} (true-false), {@code pairs} (matching: left pair id to the id
 * of the pair whose right side she chose), {@code order} (ordering: item ids) or {@code text} (short answer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(
        String option,
        List<String> options,
        Boolean value,
        Map<String, String> pairs,
        List<String> order,
        String text) {

    public static final int LONGEST_TEXT = 200;

    /** How many of the fields are filled: exactly one is allowed. */
    int filled() {
        int count = 0;
        for (Object field : new Object[] {option, options, value, pairs, order, text}) {
            count += field == null ? 0 : 1;
        }
        return count;
    }
}
