package org.kolo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which part of Kolo may use which, read from the sources' imports and qualified names: no cycle between
 * features ({@code org.kolo.courses}, {@code org.kolo.quizzes}, …) or between packages, and no feature reaching
 * into another feature's endpoints (a class with {@code @Path}), which are the outside of a feature, not its API.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.kolo(?:\\.[a-z]\\w*)+)\\.([A-Z]\\w*)");
    private static final Pattern ENDPOINT = Pattern.compile("^@Path\\(", Pattern.MULTILINE);

    private record Source(String pkg, String name, String text) {

        String feature() {
            return featureOf(pkg);
        }
    }

    @Test
    void no_feature_depends_on_itself_through_another() {
        List<Source> sources = sources();
        assertTrue(sources.size() > 100, "the scan reads the sources: " + sources.size());
        Map<String, Set<String>> features = graph(sources, PackageDependenciesTest::featureOf);
        assertTrue(
                features.getOrDefault("certificates", Set.of()).contains("courses"),
                "the scan sees imports: " + features);
        assertEquals(Optional.empty(), cycle(features), "a cycle between features");
    }

    @Test
    void no_package_depends_on_itself_through_another() {
        assertEquals(Optional.empty(), cycle(graph(sources(), Function.identity())), "a cycle between packages");
    }

    @Test
    void no_feature_uses_the_endpoints_of_another() {
        List<Source> sources = sources();
        Map<String, Source> endpoints = new TreeMap<>();
        sources.stream()
                .filter(s -> ENDPOINT.matcher(s.text()).find())
                .forEach(s -> endpoints.put(s.pkg() + "." + s.name(), s));
        assertTrue(endpoints.size() > 20, "the scan finds the endpoint classes: " + endpoints.keySet());
        List<String> reaches = new ArrayList<>();
        for (Source source : sources) {
            Matcher reference = REFERENCE.matcher(source.text());
            while (reference.find()) {
                Source endpoint = endpoints.get(reference.group(1) + "." + reference.group(2));
                if (endpoint != null && !endpoint.feature().equals(source.feature())) {
                    reaches.add(source.pkg() + "." + source.name() + " -> " + reference.group(1) + "."
                            + reference.group(2));
                }
            }
        }
        assertEquals(List.of(), reaches);
    }

    private static String featureOf(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static Map<String, Set<String>> graph(List<Source> sources, Function<String, String> node) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source source : sources) {
            String from = node.apply(source.pkg());
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(source.text());
            while (reference.find()) {
                String to = node.apply(reference.group(1));
                if (!to.equals(from)) {
                    edges.get(from).add(to);
                }
            }
        }
        return edges;
    }

    /** The first cycle found, as the path around it, by a depth-first search. */
    private static Optional<List<String>> cycle(Map<String, Set<String>> edges) {
        Set<String> done = new TreeSet<>();
        for (String start : edges.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> found = visit(start, edges, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(
            String node, Map<String, Set<String>> edges, Deque<String> path, Set<String> done) {
        if (path.contains(node)) {
            List<String> around = new ArrayList<>(path);
            Collections.reverse(around);
            List<String> cycle = new ArrayList<>(around.subList(around.indexOf(node), around.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (!done.add(node)) {
            return Optional.empty();
        }
        path.push(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, edges, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.pop();
        return Optional.empty();
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(PackageDependenciesTest::source)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source source(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                throw new AssertionError(file + " has no package");
            }
            return new Source(pkg.group(1), file.getFileName().toString().replace(".java", ""), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
