package org.kolo.certificates;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kolo.certificates.CertificateFixtures.certificatesOf;
import static org.kolo.certificates.CertificateFixtures.completeAllButLastLesson;
import static org.kolo.certificates.CertificateFixtures.download;
import static org.kolo.certificates.CertificateFixtures.lastLesson;
import static org.kolo.certificates.CertificateFixtures.markDone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kolo.courses.Catalog;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.CertificateTemplateCopy;
import org.kolo.testing.Tokens;

/** An issued certificate is a record: later changes to the template, the course or the name never alter it. */
@QuarkusTest
class FrozenCertificatesTest extends org.kolo.content.WithOwnContent {

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return CertificateCourses.write(temp);
    }

    @Inject
    Catalog catalog;

    @Inject
    CertificateTemplates templates;

    @Test
    void a_stored_certificate_is_unchanged_after_the_template_changes() throws Exception {
        String learner = QuizFixtures.newLearner("almaty");
        var course = catalog.course(CertificateCourses.COURSE).orElseThrow();
        completeAllButLastLesson(learner, course);
        markDone(learner, lastLesson(course));
        Map<String, Object> issued = certificatesOf(learner).get(0);
        byte[] before = download(learner, issued.get("id"));
        String templateBefore =
                Certificate.<Certificate>findById(UUID.fromString((String) issued.get("id"))).templateVersion;

        Path file = CertificateTemplateCopy.FOLDER.resolve("template.yaml");
        String original = Files.readString(file);
        try {
            Files.writeString(file, original.replace("#5B2A86", "#004488").replace("Коло — сеть", "Коло, сеть"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            waitForTemplateOtherThan(templateBefore);

            assertArrayEquals(before, download(learner, issued.get("id")), "the stored PDF did not change");
            given().get("/api/certificates/" + issued.get("code") + "/verification")
                    .then()
                    .statusCode(200)
                    .body("organisation", org.hamcrest.Matchers.equalTo("Коло — сеть взаимной поддержки женщин"));

            // A corrected copy is made from today's template.
            String renewedId = given().auth()
                    .oauth2(Tokens.of(learner))
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Новое Имя"))
                    .post("/api/certificates/" + issued.get("id") + "/reissue")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Certificate renewed = Certificate.findById(UUID.fromString(renewedId));
            assertNotEquals(templateBefore, renewed.templateVersion);
            assertEquals("Коло, сеть взаимной поддержки женщин", renewed.organisation);
        } finally {
            Files.writeString(file, original);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
            for (int i = 0; i < 50 && !templates.current().version().equals(templateBefore); i++) {
                Thread.sleep(100);
            }
        }
    }

    private void waitForTemplateOtherThan(String version) throws InterruptedException {
        for (int i = 0; i < 50 && templates.current().version().equals(version); i++) {
            Thread.sleep(100);
        }
        assertNotEquals(version, templates.current().version(), "the template was read again");
    }
}
