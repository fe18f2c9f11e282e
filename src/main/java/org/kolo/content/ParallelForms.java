package org.kolo.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A course's tests before and after are parallel forms of one test: different quizzes whose questions are never
 * the same (by id or by text), so that no woman meets an item twice and learns the test instead of the
 * course; where questions name their {@code goal}, both forms cover the same goals.
 */
final class ParallelForms {

    private record Item(String id, String goal, Map<String, String> text, int line) {}

    private ParallelForms() {}

    static List<ContentProblem> check(CourseSource course) {
        List<ContentProblem> problems = new ArrayList<>();
        if (course.testBefore() == null || course.testAfter() == null) {
            return problems;
        }
        if (course.testBefore().equals(course.testAfter())) {
            problems.add(ContentProblem.error(
                    course.metadataFile(),
                    1,
                    "tests: before and after must be two "
                            + "quizzes, parallel forms with different questions on the same goals"));
            return problems;
        }
        Path beforeFile = course.folder().resolve("quizzes/" + course.testBefore() + ".yaml");
        Path afterFile = course.folder().resolve("quizzes/" + course.testAfter() + ".yaml");
        List<Item> before = items(beforeFile);
        List<Item> after = items(afterFile);
        Map<Map<String, String>, Item> beforeTexts = new HashMap<>();
        before.forEach(item -> beforeTexts.put(item.text(), item));
        Set<String> beforeIds = new TreeSet<>(before.stream().map(Item::id).toList());
        for (Item item : after) {
            if (beforeIds.contains(item.id())) {
                problems.add(ContentProblem.error(
                        afterFile,
                        item.line(),
                        "question '" + item.id() + "' is in the "
                                + "test before too: the after-test asks different questions"));
            }
            if (beforeTexts.containsKey(item.text())) {
                problems.add(ContentProblem.error(
                        afterFile,
                        item.line(),
                        "question '" + item.id() + "' has the same " + "text as '"
                                + beforeTexts.get(item.text()).id() + "' in the test before"));
            }
        }
        boolean goals = before.stream().anyMatch(item -> item.goal() != null)
                || after.stream().anyMatch(item -> item.goal() != null);
        if (goals) {
            checkGoals(before, beforeFile, after, afterFile, problems);
        }
        return problems;
    }

    private static void checkGoals(
            List<Item> before, Path beforeFile, List<Item> after, Path afterFile, List<ContentProblem> problems) {
        for (List<Item> form : List.of(before, after)) {
            Path file = form == before ? beforeFile : afterFile;
            form.stream()
                    .filter(item -> item.goal() == null)
                    .forEach(item -> problems.add(ContentProblem.error(
                            file,
                            item.line(),
                            "question '" + item.id() + "' has no goal: in parallel forms every question has one")));
        }
        Set<String> beforeGoals = goals(before);
        Set<String> afterGoals = goals(after);
        if (!beforeGoals.equals(afterGoals)) {
            Set<String> onlyBefore = new TreeSet<>(beforeGoals);
            onlyBefore.removeAll(afterGoals);
            Set<String> onlyAfter = new TreeSet<>(afterGoals);
            onlyAfter.removeAll(beforeGoals);
            problems.add(ContentProblem.error(
                    afterFile,
                    1,
                    "the two forms cover different goals: only before " + onlyBefore + ", only after " + onlyAfter));
        }
    }

    private static Set<String> goals(List<Item> form) {
        Set<String> goals = new TreeSet<>();
        form.stream().map(Item::goal).filter(goal -> goal != null).forEach(goals::add);
        return goals;
    }

    private static List<Item> items(Path file) {
        List<Item> items = new ArrayList<>();
        for (YamlNode question : ContentFiles.yaml(file, new ArrayList<>())
                .flatMap(yaml -> yaml.get("questions"))
                .map(YamlNode::items)
                .orElse(List.of())) {
            items.add(new Item(
                    question.get("id").flatMap(YamlNode::text).orElse(""),
                    question.get("goal")
                            .flatMap(YamlNode::text)
                            .filter(goal -> !goal.isBlank())
                            .orElse(null),
                    question.get("text").map(YamlNode::strings).orElse(Map.of()),
                    question.line()));
        }
        return items;
    }
}
