package org.kolo.certificates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolo.certificates.CertificateFixtures.KAZAKH_NAME;
import static org.kolo.certificates.CertificateFixtures.certificatesOf;
import static org.kolo.certificates.CertificateFixtures.completeAllButLastLesson;
import static org.kolo.certificates.CertificateFixtures.download;
import static org.kolo.certificates.CertificateFixtures.lastLesson;
import static org.kolo.certificates.CertificateFixtures.markDone;
import static org.kolo.certificates.CertificateFixtures.nameOnCertificates;
import static org.kolo.certificates.CertificateFixtures.qrCodeOf;
import static org.kolo.certificates.CertificateFixtures.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kolo.courses.Catalog;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;

@QuarkusTest
class CertificatesTest extends org.kolo.content.WithOwnContent {

    @Override
    protected java.nio.file.Path content(java.nio.file.Path temp) throws Exception {
        return CertificateCourses.write(temp);
    }

    private static final String COURSE = CertificateCourses.COURSE;

    @Inject
    Catalog catalog;

    @Test
    void completing_a_course_issues_one_kazakh_certificate_whose_text_and_qr_code_are_right() throws Exception {
        String learner = QuizFixtures.newLearner("almaty");
        nameOnCertificates(learner, KAZAKH_NAME, "kk");
        CatalogCourse course = catalog.course(COURSE).orElseThrow();
        completeAllButLastLesson(learner, course);
        assertTrue(certificatesOf(learner).isEmpty(), "no certificate before the course is complete");

        // The last lesson marked done four times at once: four completion events, one certificate.
        // Four phones of their own, not the common pool, which the server's storage client needs meanwhile.
        ExecutorService phones = Executors.newFixedThreadPool(4);
        try {
            CompletableFuture<?>[] marks = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> markDone(learner, lastLesson(course)), phones))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(marks).join();
        } finally {
            phones.shutdownNow();
        }

        List<Map<String, Object>> certificates = certificatesOf(learner);
        assertEquals(1, certificates.size());
        Map<String, Object> certificate = certificates.get(0);
        assertEquals("valid", certificate.get("status"));
        assertEquals("kk", certificate.get("language"));
        byte[] pdf = download(learner, certificate.get("id"));
        assertTrue(pdf.length <= 50 * 1024, "a certificate is at most 50 KB, this one " + pdf.length);
        assertEquals(certificate.get("sha256"), CertificateIssuer.sha256(pdf), "the stored PDF is the one issued");

        String text = textOf(pdf);
        assertTrue(text.contains(KAZAKH_NAME), text);
        assertTrue(text.contains(CertificateCourses.NEUTRAL_KK), text);
        assertTrue(text.contains((String) certificate.get("code")), text);
        assertFalse(text.contains("есірткі"), "the certificate never names drugs");

        String scanned = qrCodeOf(pdf);
        String url = LocalServices.koloUrl() + "/verify/" + certificate.get("code");
        assertEquals(url, scanned.substring(0, scanned.indexOf('#')));
        given().get(scanned.substring(0, scanned.indexOf('#'))).then().statusCode(200);
        assertSignedPayload(scanned.substring(scanned.indexOf('#') + 1), certificate);
    }

    @Test
    void the_same_completion_issued_twice_gives_the_same_certificate() {
        String learner = QuizFixtures.newLearner("almaty");
        CatalogCourse course = catalog.course(CertificateCourses.COURSE).orElseThrow();
        completeAllButLastLesson(learner, course);
        markDone(learner, lastLesson(course));
        List<Map<String, Object>> first = certificatesOf(learner);
        markDone(learner, lastLesson(course));
        assertEquals(first, certificatesOf(learner));
        assertEquals(1, first.size());
        assertEquals(
                "Участница программы",
                first.get(0).get("name"),
                "without a chosen name a neutral placeholder is printed, never the login name");
    }

    @Test
    void another_learners_certificate_is_not_found_rather_than_forbidden() {
        Map<String, Object> theirs = issuedCertificate();
        String someoneElse = QuizFixtures.newLearner("almaty");
        given().auth()
                .oauth2(Tokens.of(someoneElse))
                .get("/api/certificates/" + theirs.get("id") + "/pdf")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of(someoneElse))
                .get("/api/certificates/" + theirs.get("id"))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of(someoneElse))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/certificates/" + theirs.get("id") + "/reissue")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .get("/api/certificates/" + theirs.get("id") + "/pdf")
                .then()
                .statusCode(200);
        given().get("/api/certificates/" + theirs.get("id") + "/pdf").then().statusCode(401);
    }

    @Test
    void reissuing_with_a_corrected_name_supersedes_the_old_certificate() {
        Map<String, Object> old = issuedCertificate();
        String owner = (String) old.get("owner");
        Map<String, Object> renewed = given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Оксана Ґудзь-Їжакевич"))
                .post("/api/certificates/" + old.get("id") + "/reissue")
                .then()
                .statusCode(201)
                .body("status", equalTo("valid"))
                .body("name", equalTo("Оксана Ґудзь-Їжакевич"))
                .body("code", not(equalTo(old.get("code"))))
                .extract()
                .jsonPath()
                .getMap("$");
        verification((String) old.get("code")).then().statusCode(200).body("status", equalTo("superseded"));
        verification((String) renewed.get("code"))
                .then()
                .statusCode(200)
                .body("status", equalTo("valid"))
                .body("name", equalTo("Оксана Ґудзь-Їжакевич"));
        assertTrue(textOf(download(owner, renewed.get("id"))).contains("Оксана Ґудзь-Їжакевич"));
        given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/certificates/" + old.get("id") + "/reissue")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:kolo:problem:certificate-superseded"));
    }

    @Test
    void an_admin_revokes_with_an_internal_reason_and_verification_says_only_revoked() {
        Map<String, Object> certificate = issuedCertificate();
        String owner = (String) certificate.get("owner");
        given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "mine"))
                .post("/api/certificates/" + certificate.get("id") + "/revocation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(org.kolo.testing.Staff.admin()))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Issued to the wrong person by mistake"))
                .post("/api/certificates/" + certificate.get("id") + "/revocation")
                .then()
                .statusCode(200)
                .body("status", equalTo("revoked"));
        String json = verification((String) certificate.get("code"))
                .then()
                .statusCode(200)
                .body("status", equalTo("revoked"))
                .body("revokedOn", notNullValue())
                .extract()
                .asString();
        assertFalse(json.contains("wrong person"), json);
        String page = given().get("/verify/" + certificate.get("code"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(page.contains("wrong person"), page);
        // The owner cannot undo it with a fresh copy.
        given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/certificates/" + certificate.get("id") + "/reissue")
                .then()
                .statusCode(404);
    }

    @Test
    void verification_answers_only_the_public_fields() {
        Map<String, Object> certificate = issuedCertificate();
        JsonNode answer = readJson(verification((String) certificate.get("code"))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> fields = new java.util.ArrayList<>();
        answer.fieldNames().forEachRemaining(fields::add);
        assertEquals(
                List.of("code", "status", "name", "courseTitle", "date", "organisation", "revokedOn", "expiresOn"),
                fields);
        String page = given().header("Accept-Language", "uk")
                .get("/verify/" + certificate.get("code"))
                .then()
                .statusCode(200)
                .header("X-Robots-Tag", "noindex")
                .extract()
                .asString();
        assertTrue(page.contains("Дійсний"), "the page speaks the visitor's language");
        assertTrue(page.contains((String) certificate.get("name")));
        for (String secret : List.of("almaty", (String) certificate.get("id"), CertificateCourses.COURSE, (String)
                certificate.get("sha256"))) {
            assertFalse(page.contains(secret), "the page shows " + secret);
            assertFalse(answer.toString().contains(secret), "the answer shows " + secret);
        }
    }

    @Test
    void a_malformed_or_unknown_code_gets_a_clear_translated_answer() {
        verification("not-a-code")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:kolo:problem:certificate-code-malformed"));
        given().header("Accept-Language", "kk")
                .get("/api/certificates/AAAA/verification")
                .then()
                .statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("сертификат коды емес"));
        verification("0000-0000-0000-0000")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:kolo:problem:certificate-not-found"));
        given().header("Accept-Language", "ru")
                .get("/verify/K7QM-4HXD")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Это не код сертификата"));
        given().get("/verify/0000-0000-0000-0000").then().statusCode(404);
        // Codes read aloud or copied by hand: case, spaces, O for 0 and L for 1 do not matter.
        Map<String, Object> certificate = issuedCertificate();
        String typed = ((String) certificate.get("code"))
                .toLowerCase()
                .replace("-", " ")
                .replace('0', 'o')
                .replace('1', 'l');
        verification(typed).then().statusCode(200).body("code", equalTo(certificate.get("code")));
        // The form for a code read from paper goes to the code's own address, or says what is wrong.
        given().redirects()
                .follow(false)
                .queryParam("code", typed)
                .get("/verify")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/verify/" + certificate.get("code")));
        given().header("Accept-Language", "uk")
                .queryParam("code", "12345")
                .get("/verify")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Це не код сертифіката"));
    }

    @Test
    void a_certificate_past_its_validity_is_expired() {
        Map<String, Object> certificate = issuedCertificate();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> Certificate.update(
                        "expiresOn = ?1 where id = ?2",
                        java.time.LocalDate.now().minusDays(1),
                        java.util.UUID.fromString((String) certificate.get("id"))));
        verification((String) certificate.get("code"))
                .then()
                .statusCode(200)
                .body("status", equalTo("expired"))
                .body("expiresOn", notNullValue())
                .body("revokedOn", nullValue());
    }

    @Test
    void a_name_that_cannot_be_printed_is_refused_and_the_saved_one_kept() {
        String learner = QuizFixtures.newLearner("almaty");
        CertificateFixtures.nameOnCertificates(learner, "Әйгерім", "kk");
        for (String name : List.of("Аня \uD83C\uDF38", "", "x".repeat(81))) {
            given().auth()
                    .oauth2(Tokens.of(learner))
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", name))
                    .put("/api/certificates/holder")
                    .then()
                    .statusCode(name.startsWith("Аня") ? 422 : 400);
        }
        given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/certificates/holder")
                .then()
                .statusCode(200)
                .body("name", equalTo("Әйгерім"))
                .body("language", equalTo("kk"));
    }

    @Test
    void the_signing_key_is_published_as_a_json_web_key() {
        given().get("/api/certificates/signing-key")
                .then()
                .statusCode(200)
                .body("keys[0].kty", equalTo("OKP"))
                .body("keys[0].crv", equalTo("Ed25519"))
                .body("keys[0].x", notNullValue());
    }

    private static io.restassured.response.Response verification(String code) {
        return given().get("/api/certificates/" + code + "/verification");
    }

    /** A fresh learner with a certificate for the test course; "owner" holds her nickname. */
    private Map<String, Object> issuedCertificate() {
        String learner = QuizFixtures.newLearner("almaty");
        CatalogCourse course = catalog.course(CertificateCourses.COURSE).orElseThrow();
        completeAllButLastLesson(learner, course);
        markDone(learner, lastLesson(course));
        Map<String, Object> certificate =
                new java.util.HashMap<>(certificatesOf(learner).get(0));
        certificate.put("owner", learner);
        return certificate;
    }

    private static void assertSignedPayload(String fragment, Map<String, Object> certificate) throws Exception {
        String[] parts = fragment.split("\\.");
        assertEquals("v1", parts[0]);
        Map<String, Object> key =
                given().get("/api/certificates/signing-key").then().extract().path("keys[0]");
        assertEquals(key.get("kid"), parts[1]);
        byte[] payload = Base64.getUrlDecoder().decode(parts[2]);
        JsonNode says = readJson(new String(payload, StandardCharsets.UTF_8));
        assertEquals(certificate.get("code"), says.get(0).asText());
        assertEquals(KAZAKH_NAME, says.get(1).asText());
        assertEquals(CertificateCourses.NEUTRAL_KK, says.get(2).asText());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey(Base64.getUrlDecoder().decode((String) key.get("x"))));
        verifier.update(payload);
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[3])), "the QR payload's signature holds");
    }

    /** RFC 8032: the key is y in little-endian, with x's parity in the top bit. */
    private static java.security.PublicKey publicKey(byte[] raw) throws Exception {
        boolean xOdd = (raw[raw.length - 1] & 0x80) != 0;
        byte[] y = raw.clone();
        y[y.length - 1] &= 0x7f;
        for (int i = 0; i < y.length / 2; i++) {
            byte b = y[i];
            y[i] = y[y.length - 1 - i];
            y[y.length - 1 - i] = b;
        }
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(
                        new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, y))));
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
