package org.kolo.security;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kolo.certificates.Certificate;
import org.kolo.certificates.CertificateIssuer;
import org.kolo.certificates.IssueOrder;
import org.kolo.certificates.IssueReason;
import org.kolo.certificates.Recipient;
import org.kolo.testing.LocalServices;
import org.kolo.testing.Tokens;
import org.kolo.web.Language;

/**
 * The records a matrix cell is about, made for their owner: a quiz attempt, a certificate, a library item, an upload.
 * Reads share one record per owner; every unsafe call gets a fresh one, so a call that succeeded (a deletion, a
 * revocation) cannot change what the next cell sees.
 */
final class MatrixRecords {

    enum Kind {
        ATTEMPT,
        CERTIFICATE,
        MEDIA,
        UPLOAD
    }

    static final String COURSE = "know-your-rights";
    static final String QUIZ = "drug-laws-and-rights-check"; // any number of attempts

    private final CertificateIssuer issuer;
    private final Map<String, Map<String, String>> shared = new HashMap<>();

    MatrixRecords(CertificateIssuer issuer) {
        this.issuer = issuer;
    }

    /** The path values of a record of this owner; fresh or the one reads share. */
    Map<String, String> of(Kind kind, String owner, boolean fresh) {
        if (fresh) {
            return make(kind, owner);
        }
        return shared.computeIfAbsent(kind + "/" + owner, key -> make(kind, owner));
    }

    private Map<String, String> make(Kind kind, String owner) {
        return switch (kind) {
            case ATTEMPT -> attempt(owner);
            case CERTIFICATE -> Map.of("id", certificate(owner));
            case MEDIA -> Map.of("id", media(owner));
            case UPLOAD ->
                Map.of(
                        "upload",
                        upload(owner, "matrix-" + UUID.randomUUID().toString().substring(0, 8)));
        };
    }

    private static Map<String, String> attempt(String owner) {
        var started = given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + QUIZ + "/attempts");
        if (started.statusCode() >= 300) {
            throw new IllegalStateException(
                    owner + " could not start an attempt: " + started.statusCode() + " " + started.asString());
        }
        String id = started.path("id");
        // A true-false question, so that the matrix's answer {"value": true} fits it.
        String question = given().auth()
                .oauth2(Tokens.of(owner))
                .get("/api/attempts/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("questions.find { it.type == 'true-false' }.id");
        if (question == null) {
            throw new IllegalStateException(QUIZ + " has no true-false question for the matrix to answer");
        }
        return Map.of("attempt", id, "question", question);
    }

    /** The printed code of a certificate of this owner, for the public verification addresses. */
    String certificateCode(String owner) {
        return shared.computeIfAbsent("code/" + owner, key -> {
                    String id = certificate(owner);
                    return Map.of(
                            "code",
                            QuarkusTransaction.requiringNew()
                                    .call(() -> Certificate.<Certificate>findById(UUID.fromString(id))
                                            .printedCode()));
                })
                .get("code");
    }

    private String certificate(String owner) {
        String account = LocalServices.keycloak().accountId(owner);
        // A session id of its own makes it a new current certificate, beside any the owner already has.
        return issuer.issue(new IssueOrder(
                        new Recipient(account, "kyiv", "Участница", Language.RU),
                        COURSE,
                        IssueReason.MANUAL,
                        account,
                        UUID.randomUUID()))
                .certificate()
                .id
                .toString();
    }

    private static String media(String owner) {
        String id = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = "%PDF-1.4\n% matrix\n".getBytes();
        String upload = upload(owner, id, pdf.length);
        given().auth()
                .oauth2(Tokens.of(owner))
                .contentType("application/octet-stream")
                .body(pdf)
                .put("/api/media/uploads/" + upload + "?offset=0")
                .then()
                .statusCode(200);
        return id;
    }

    private static String upload(String owner, String id) {
        return upload(owner, id, 1000);
    }

    private static String upload(String owner, String id, int size) {
        return given().auth()
                .oauth2(Tokens.of(owner))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "id",
                        id,
                        "titles",
                        Map.of("ru", "Матрица"),
                        "language",
                        "ru",
                        "fileName",
                        "m.pdf",
                        "size",
                        size))
                .post("/api/media")
                .then()
                .statusCode(201)
                .extract()
                .path("uploadId");
    }
}
