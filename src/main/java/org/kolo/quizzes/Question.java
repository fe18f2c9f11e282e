package org.kolo.quizzes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question. Which fields are used depends on the type: options (single, multiple), answer (true-false),
 * pairs (matching), items in the right order (ordering), accepted answers per language (short).
 */
public record Question(
        String id,
        QuestionType type,
        double points,
        Map<String, String> text,
        Map<String, String> explanation,
        boolean partialCredit,
        List<Option> options,
        Boolean answer,
        Map<String, String> feedbackTrue,
        Map<String, String> feedbackFalse,
        List<Pair> pairs,
        List<Item> items,
        Map<String, List<String>> accepted) {

    /** A choice in a single or multiple choice question. */
    public record Option(String id, boolean correct, Map<String, String> text, Map<String, String> feedback) {}

    /** A left side and the right side that matches it. */
    public record Pair(String id, Map<String, String> left, Map<String, String> right) {}

    /** A step or element to put in order. */
    public record Item(String id, Map<String, String> text) {}

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public boolean hasPair(String pairId) {
        return pairs.stream().anyMatch(p -> p.id().equals(pairId));
    }

    public boolean hasItem(String itemId) {
        return items.stream().anyMatch(i -> i.id().equals(itemId));
    }
}
