package org.kolo.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The operations Kolo's compiled resource classes declare, as "METHOD /path/{param}", read from the classes
 * themselves: the matrix checks this list against the OpenAPI document, so that an operation hidden from the
 * document cannot escape the matrix either.
 */
final class ResourceOperations {

    private static final List<Class<? extends java.lang.annotation.Annotation>> METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    private ResourceOperations() {}

    static Set<String> declared(List<Path> classDirectories) {
        Set<String> operations = new TreeSet<>();
        for (Path directory : classDirectories) {
            for (String className : classNames(directory)) {
                Class<?> type = load(className);
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (var http : METHODS) {
                        if (method.isAnnotationPresent(http)) {
                            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            operations.add(http.getSimpleName() + " "
                                    + template(root.value() + (sub == null ? "" : "/" + sub.value())));
                        }
                    }
                }
            }
        }
        return operations;
    }

    /** "/media/{id:[a-z]{2}}/x/" becomes "/media/{id}/x", as OpenAPI writes it. */
    static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                    out.append(c);
                }
                continue;
            }
            if (depth == 1 && c == ':') {
                inRegex = true;
            }
            if (depth == 0 || !inRegex && depth == 1) {
                out.append(c);
            }
        }
        String normal = out.toString().replaceAll("/+", "/");
        return normal.length() > 1 && normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    }

    private static List<String> classNames(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> directory.relativize(file).toString())
                    .filter(name -> name.startsWith("org/kolo/"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
