package org.kolo.quizzes;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kolo.web.RefusedRequest;

/**
 * Reads a question's answer from a quiz page's form. Fields are named {@code q-<question>}, and for matching and
 * ordering {@code q-<question>-<pair or item>}. A question left blank gives no answer, so it stays unanswered.
 */
final class FormAnswers {

    private FormAnswers() {}

    static Optional<Answer> read(Question question, MultivaluedMap<String, String> form) {
        String name = "q-" + question.id();
        String value =
                Optional.ofNullable(form.getFirst(name)).map(String::strip).orElse("");
        return switch (question.type()) {
            case SINGLE ->
                value.isEmpty() ? Optional.empty() : Optional.of(new Answer(value, null, null, null, null, null));
            case MULTIPLE ->
                Optional.ofNullable(form.get(name))
                        .filter(list -> !list.isEmpty())
                        .map(list -> new Answer(null, List.copyOf(list), null, null, null, null));
            case TRUE_FALSE ->
                value.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Answer(null, null, Boolean.valueOf(value), null, null, null));
            case SHORT ->
                value.isEmpty() ? Optional.empty() : Optional.of(new Answer(null, null, null, null, null, value));
            case MATCHING -> matching(question, form, name);
            case ORDERING -> ordering(question, form, name);
        };
    }

    private static Optional<Answer> matching(Question question, MultivaluedMap<String, String> form, String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        question.pairs()
                .forEach(pair -> Optional.ofNullable(form.getFirst(name + "-" + pair.id()))
                        .filter(v -> !v.isBlank())
                        .ifPresent(right -> pairs.put(pair.id(), right)));
        return pairs.isEmpty() ? Optional.empty() : Optional.of(new Answer(null, null, null, pairs, null, null));
    }

    /** Places 1..n, each used once; anything else is refused with a message, not guessed. */
    private static Optional<Answer> ordering(Question question, MultivaluedMap<String, String> form, String name) {
        Map<String, Integer> places = new LinkedHashMap<>();
        for (Question.Item item : question.items()) {
            String place = Optional.ofNullable(form.getFirst(name + "-" + item.id()))
                    .orElse("")
                    .strip();
            if (!place.isEmpty()) {
                places.put(item.id(), place.matches("\\d{1,2}") ? Integer.parseInt(place) : -1);
            }
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> used = new HashSet<>(places.values());
        boolean complete = places.size() == question.items().size()
                && used.size() == places.size()
                && used.stream().allMatch(p -> p >= 1 && p <= places.size());
        if (!complete) {
            throw new RefusedRequest(422, "order-incomplete");
        }
        List<String> order = new ArrayList<>(places.keySet());
        order.sort(Comparator.comparing(places::get));
        return Optional.of(new Answer(null, null, null, null, order, null));
    }
}
