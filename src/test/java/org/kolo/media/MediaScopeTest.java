package org.kolo.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolo.media.MediaFixtures.pdf;
import static org.kolo.media.MediaFixtures.upload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.kolo.testing.Browser;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

/**
 * Who may change a library item: its uploader, a coordinator of her city or an admin; once a lesson uses it,
 * coordinators and admins only. Everyone else is refused with the reason, and the item stays as it was.
 */
@QuarkusTest
class MediaScopeTest {

    private static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nПривет\n";

    private static String staff(String role, String city) {
        return LocalServices.keycloak().createUser(role + "-scope-" + System.nanoTime(), city, role);
    }

    private static String newItem(String uploader) {
        String id = "scope-" + UUID.randomUUID().toString().substring(0, 8);
        upload(uploader, id, "p.pdf", pdf(5_000)).then().statusCode(200);
        return id;
    }

    private static Response replace(String who, String id) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType(ContentType.JSON)
                .body(Map.of("fileName", "new.pdf", "size", 5_000))
                .post("/api/media/" + id + "/file");
    }

    private static Response subtitles(String who, String id) {
        return given().auth()
                .oauth2(Tokens.of(who))
                .contentType("text/vtt; charset=utf-8")
                .body(VTT)
                .put("/api/media/" + id + "/subtitles/ru");
    }

    private static Response delete(String who, String id) {
        return given().auth().oauth2(Tokens.of(who)).delete("/api/media/" + id);
    }

    private static void useInALesson(String id) {
        QuarkusTransaction.requiringNew()
                .run(() -> MediaItem.getEntityManager()
                        .createNativeQuery(
                                "insert into media_usage (media_id, lesson_id) values (?1, 'human-rights-basics')")
                        .setParameter(1, id)
                        .executeUpdate());
    }

    @Test
    void an_item_records_who_uploaded_it_and_in_which_city() {
        String trainer = staff("trainer", "kyiv");
        String id = newItem(trainer);
        MediaItem item = QuarkusTransaction.requiringNew().call(() -> MediaItem.<MediaItem>findById(id));
        assertEquals(LocalServices.keycloak().accountId(trainer), item.uploadedBy);
        assertEquals("kyiv", item.city);
    }

    @Test
    void an_item_no_lesson_uses_is_changed_by_its_uploader_a_coordinator_of_her_city_or_an_admin_only() {
        String uploader = staff("trainer", "kyiv");
        String id = newItem(uploader);
        String otherTrainer = staff("trainer", "kyiv");
        String otherCoordinator = staff("coordinator", "almaty");
        for (String refused : new String[] {otherTrainer, otherCoordinator}) {
            replace(refused, id).then().statusCode(403).body("type", equalTo("urn:kolo:problem:media-not-yours"));
            subtitles(refused, id).then().statusCode(403);
            delete(refused, id).then().statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.of(uploader))
                .get("/api/media/" + id)
                .then()
                .statusCode(200)
                .body("subtitles.size()", equalTo(0))
                .body("files.find { it.variant == 'original' }.state", equalTo("ready"));

        subtitles(uploader, id).then().statusCode(204);
        subtitles(staff("coordinator", "kyiv"), id).then().statusCode(204);
        replace(uploader, id).then().statusCode(201);
        delete(staff("admin", "almaty"), id).then().statusCode(204);
        given().auth()
                .oauth2(Tokens.of(uploader))
                .get("/api/media/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void an_item_a_lesson_uses_is_changed_only_by_coordinators_and_admins() {
        String uploader = staff("trainer", "kyiv");
        String id = newItem(uploader);
        useInALesson(id);
        replace(uploader, id).then().statusCode(403).body("type", equalTo("urn:kolo:problem:media-in-lessons"));
        subtitles(uploader, id).then().statusCode(403);
        delete(uploader, id).then().statusCode(403);

        subtitles(staff("coordinator", "almaty"), id).then().statusCode(204);
        replace(staff("admin", "almaty"), id).then().statusCode(201);
        delete(staff("coordinator", "kyiv"), id)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:kolo:problem:media-in-use"));
    }

    @Test
    void the_item_page_offers_changes_only_to_those_who_may_make_them() throws IOException {
        String uploader = staff("trainer", "kyiv");
        String id = newItem(uploader);
        String other = staff("trainer", "kyiv");
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/media/library/" + id), other);
            assertNull(page.querySelector("form[action='/media/library/" + id + "/delete']"));
            assertNull(page.querySelector("form[data-replace]"));
            String text = page.asNormalizedText();
            assertTrue(
                    java.util.List.of(
                                    "координаторка её города",
                                    "координаторка її міста",
                                    "оның қаласының үйлестірушісі",
                                    "a coordinator of her city")
                            .stream()
                            .anyMatch(text::contains),
                    text);
        }
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.logIn(browser.getPage(LocalServices.koloUrl() + "/media/library/" + id), uploader);
            assertNotNull(page.querySelector("form[action='/media/library/" + id + "/delete']"));
            assertNotNull(page.querySelector("form[data-replace]"));
        }
    }
}
