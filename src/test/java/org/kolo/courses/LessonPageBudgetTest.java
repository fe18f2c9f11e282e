package org.kolo.courses;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.kolo.testing.PageWeight;

/** The budget is a promise about what readers get, so it weighs a lesson Kolo ships, not a fixture. */
@QuarkusTest
class LessonPageBudgetTest {

    private static final String LESSON = "/courses/know-your-rights/in-detention";

    @Test
    void lesson_page_with_all_it_loads_stays_within_the_30_kb_budget_and_loads_nothing_else() {
        PageWeight weight = PageWeight.of(LESSON, "kk");
        assertTrue(
                weight.assets().stream().anyMatch(a -> a.startsWith("/static/kolo.css")),
                "the scan finds the page's assets: " + weight);
        assertTrue(weight.compressedBytes() <= 30 * 1024, "lesson page and " + weight.assets() + ": " + weight);
        String page = given().cookie("kolo-lang", "kk").get(LESSON).asString();
        assertTrue(
                !page.matches("(?s).*(src|href)=\"//.*") && !page.contains("<script>"), "third-party or inline script");
    }
}
