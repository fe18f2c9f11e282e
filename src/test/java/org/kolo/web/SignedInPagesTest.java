package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kolo.courses.Catalog;

/** No page a signed-in person sees may stay in a shared phone's cache or history. */
@QuarkusTest
class SignedInPagesTest {

    @Inject
    Catalog catalog;

    @Test
    void every_page_a_signed_in_person_opens_is_never_stored() throws Exception {
        SignedInVisitor trainer = SignedInVisitor.signIn("trainer", "kyiv");
        List<String> unstored = new ArrayList<>();
        TreeSet<String> pages = pageRoutes();
        assertTrue(pages.size() >= 15, "the walk finds Kolo's pages: " + pages);
        for (String page : pages) {
            String address = concrete(page);
            String cacheControl = trainer.request().get(address).getHeader("Cache-Control");
            if (cacheControl == null || !cacheControl.contains("no-store")) {
                unstored.add(address + " → " + cacheControl);
            }
        }
        assertEquals(List.of(), unstored);
    }

    @Test
    void the_test_report_downloads_as_csv_with_the_browser_login() throws IOException {
        SignedInVisitor trainer = SignedInVisitor.signIn("trainer", "kyiv");
        String course = catalog.courses().get(0).id();
        String page = trainer.request()
                .get("/courses/" + course + "/test-report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("/courses/" + course + "/test-report/export.csv"), page);
        String csv = trainer.request()
                .get("/courses/" + course + "/test-report/export.csv")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertTrue(csv.startsWith("\uFEFFcourse,city,part"), csv);
    }

    /** GET routes of every page class (not /api), read from the compiled classes. */
    private static TreeSet<String> pageRoutes() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/kolo"))) {
            List<Path> classFiles = files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList();
            for (Path file : classFiles) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type =
                        Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || root.value().startsWith("/api")) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    if (method.isAnnotationPresent(GET.class)) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        routes.add(join(root.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return routes;
    }

    private static String join(String root, String sub) {
        String path = (root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A real course where a route names one, a made-up id elsewhere (its 404 page must not be stored either). */
    private String concrete(String route) {
        String course = catalog.courses().get(0).id();
        return route.replaceAll("\\{course}", course)
                .replaceAll("\\{variant:(?:[^{}]|\\{[^{}]*})*}", "original")
                .replaceAll("\\{language:(?:[^{}]|\\{[^{}]*})*}", "ru")
                .replaceAll("\\{(?:[^{}]|\\{[^{}]*})+}", "nothing-here");
    }
}
