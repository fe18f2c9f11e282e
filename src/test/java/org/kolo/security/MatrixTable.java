package org.kolo.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix's expected statuses, one row per operation; see {@link AuthorizationMatrixTest#EXPECTED}
 * for the order of the callers. 302 is the sign-in redirect of pages, 303 a form's or a file's redirect, 404 a
 * record she may not know exists; /test-only/* are probes the tests add to check deny-by-default and CSRF.
 */
final class MatrixTable {

    private MatrixTable() {}

    static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        row(rows, "DELETE /api/media/uploads/{upload}", "- - 204 204 204 204", "401 403 404 404 404 404");
        row(rows, "DELETE /api/media/{id}", "- - 204 204 204 204", "401 403 403 204 204 403");
        row(rows, "DELETE /media/library/uploads/{upload}", "- - 204 204 204 204", "302 403 404 404 404 404");
        row(rows, "GET /", "200 200 200 200 200 200");
        row(rows, "GET /api/people", "401 403 200 200 200 200");
        row(rows, "GET /api/test-only/failure", "500 500 500 500 500 500");
        row(rows, "GET /api/attempts/{attempt}", "- 200 200 200 200 200", "401 404 404 404 404 404");
        row(rows, "GET /api/certificates/holder", "401 200 200 200 200 200");
        row(rows, "GET /api/certificates/mine", "401 200 200 200 200 200");
        row(rows, "GET /api/certificates/signing-key", "200 200 200 200 200 200");
        row(rows, "GET /api/certificates/{code}/verification", "200 200 200 200 200 200");
        row(rows, "GET /api/certificates/{id}", "- 200 200 200 200 200", "401 404 404 404 200 404");
        row(rows, "GET /api/certificates/{id}/pdf", "- 200 200 200 200 200", "401 404 404 404 200 404");
        row(rows, "GET /api/cities", "401 200 200 200 200 200");
        row(rows, "GET /api/courses", "200 200 200 200 200 200");
        row(rows, "GET /api/courses/{id}", "200 200 200 200 200 200");
        row(rows, "GET /api/courses/{id}/progress-by-city", "401 403 403 200 200 200");
        row(rows, "GET /api/courses/{id}/test-report", "401 403 200 200 200 200");
        row(rows, "GET /api/courses/{id}/test-report.csv", "401 403 200 200 200 200");
        row(rows, "GET /api/me", "401 200 200 200 200 200");
        row(rows, "GET /api/me/progress", "401 200 200 200 200 200");
        row(rows, "GET /api/media/uploads/{upload}", "- - 200 200 200 200", "401 403 404 404 404 404");
        row(rows, "GET /api/media/{id}", "- - 200 200 200 200", "401 403 200 200 200 200");
        row(rows, "GET /api/quizzes/{quiz}", "401 200 200 200 200 200");
        row(rows, "GET /audit", "302 403 403 403 200 403");
        row(rows, "GET /certificates", "302 403 403 200 200 200");
        row(rows, "GET /certificates/issue", "302 403 200 200 200 200");
        row(rows, "GET /certificates/{id}", "- 403 403 200 200 404", "302 403 403 200 200 404");
        row(rows, "GET /certificates/{id}/pdf", "- 200 200 200 200 200", "302 404 404 404 200 404");
        row(rows, "GET /countries", "200 200 200 200 200 200");
        row(rows, "GET /countries/{country}", "200 200 200 200 200 200");
        row(rows, "GET /courses", "200 200 200 200 200 200");
        row(rows, "GET /courses/{course}", "200 200 200 200 200 200");
        row(rows, "GET /courses/{course}/images/{file}", "404 404 404 404 404 404");
        row(rows, "GET /courses/{course}/test-report", "302 403 200 200 200 200");
        row(rows, "GET /courses/{course}/test-report/export.csv", "302 403 200 200 200 200");
        row(rows, "GET /courses/{course}/{lesson}", "200 200 200 200 200 200");
        row(rows, "GET /courses/{course}/{lesson}/card.pdf", "200 200 200 200 200 200");
        row(rows, "GET /courses/{course}/{lesson}/login", "302 303 303 303 303 303");
        row(rows, "GET /exit", "303 303 303 303 303 303");
        row(rows, "GET /language/{code}", "303 303 303 303 303 303");
        row(rows, "GET /me", "302 200 200 200 200 200");
        row(rows, "GET /media/library", "302 403 200 200 200 200");
        row(rows, "GET /media/library/uploads/{upload}", "- - 200 200 200 200", "302 403 404 404 404 404");
        row(rows, "GET /media/library/{id}", "- - 200 200 200 200", "302 403 200 200 200 200");
        row(rows, "GET /media/preferences", "302 200 200 200 200 200");
        row(rows, "GET /media/{id}/subtitles/{language}.vtt", "- - 404 404 404 404", "302 404 404 404 404 404");
        row(rows, "GET /media/{id}/{variant}", "- - 303 303 303 303", "302 303 303 303 303 303");
        row(rows, "GET /my", "302 200 200 200 200 200");
        row(rows, "GET /my/certificates", "302 200 200 200 200 200");
        row(rows, "GET /people", "302 403 200 200 200 200");
        row(rows, "GET /people/new", "302 403 200 200 200 200");
        row(rows, "GET /people/{person}", "302 403 200 200 200 404");
        row(rows, "GET /quizzes/attempts/{attempt}", "- 200 200 200 200 200", "302 404 404 404 404 404");
        row(rows, "GET /quizzes/attempts/{attempt}/result", "- 303 303 303 303 303", "302 404 404 404 404 404");
        row(rows, "GET /quizzes/{quiz}", "302 200 200 200 200 200");
        row(rows, "GET /test-only/failure", "500 500 500 500 500 500");
        row(rows, "GET /test-only/unannotated", "302 403 403 403 403 403");
        row(rows, "GET /verify", "200 200 200 200 200 200");
        row(rows, "GET /verify/{code}", "200 200 200 200 200 200");
        row(rows, "POST /api/admin/content/imports", "401 403 403 403 200 403");
        row(rows, "POST /api/attempts/{attempt}/submit", "- 200 200 200 200 200", "401 404 404 404 404 404");
        row(rows, "POST /api/certificates", "401 403 200 200 200 200");
        row(rows, "POST /api/certificates/{id}/reissue", "- 201 201 201 201 201", "401 404 404 201 201 404");
        row(rows, "POST /api/certificates/{id}/revocation", "- 403 403 403 200 403", "401 403 403 403 200 403");
        row(rows, "POST /api/media", "401 403 201 201 201 201");
        row(rows, "POST /api/media/{id}/file", "- - 201 201 201 201", "401 403 403 201 201 403");
        row(rows, "POST /api/people", "401 403 201 201 201 403");
        row(rows, "POST /api/people/{person}/password-reset", "401 403 200 200 200 404");
        row(rows, "POST /api/people/{person}/sign-out", "401 403 204 204 204 404");
        row(rows, "POST /api/quizzes/{quiz}/attempts", "401 201 201 201 201 201");
        row(rows, "POST /certificates/issue", "302 403 200 200 200 200");
        row(rows, "POST /certificates/{id}/reissue", "- 403 403 303 303 404", "302 403 403 303 303 404");
        row(rows, "POST /certificates/{id}/revoke", "- 403 403 403 303 403", "302 403 403 403 303 403");
        row(rows, "POST /courses/{course}/{lesson}/done", "302 303 303 303 303 303");
        row(rows, "POST /media/library", "302 403 201 201 201 201");
        row(rows, "POST /media/library/{id}/delete", "- - 303 303 303 303", "302 403 403 303 303 403");
        row(rows, "POST /media/library/{id}/file", "- - 201 201 201 201", "302 403 403 201 201 403");
        row(rows, "POST /media/library/{id}/subtitles", "- - 303 303 303 303", "302 403 403 303 303 403");
        row(rows, "POST /my/certificates/name", "302 303 303 303 303 303");
        row(rows, "POST /my/certificates/{id}/reissue", "- 303 303 303 303 303", "302 404 404 404 404 404");
        row(rows, "POST /people/new", "302 403 200 200 200 403");
        row(rows, "POST /people/nickname-check", "302 403 200 200 200 200");
        row(rows, "POST /people/slip.pdf", "302 403 200 200 200 404");
        row(rows, "POST /people/{person}/city", "302 403 303 303 303 404");
        row(rows, "POST /people/{person}/enabled", "302 403 303 303 303 404");
        row(rows, "POST /people/{person}/password-reset", "302 403 200 200 200 404");
        row(rows, "POST /people/{person}/roles", "302 403 403 403 303 403");
        row(rows, "POST /people/{person}/sign-out", "302 403 303 303 303 404");
        row(rows, "POST /quizzes/attempts/{attempt}", "- 303 303 303 303 303", "302 404 404 404 404 404");
        row(rows, "POST /quizzes/{quiz}/attempts", "302 303 303 303 303 303");
        row(rows, "POST /test-only/form", "403 204 204 204 204 204");
        row(rows, "PUT /api/attempts/{attempt}/answers/{question}", "- 200 200 200 200 200", "401 404 404 404 404 404");
        row(rows, "PUT /api/certificates/holder", "401 200 200 200 200 200");
        row(rows, "PUT /api/cities/{code}/target", "401 403 403 403 200 403");
        row(rows, "PUT /api/me/progress/{lesson}", "401 200 200 200 200 200");
        row(rows, "PUT /api/media/uploads/{upload}", "- - 200 200 200 200", "401 403 404 404 404 404");
        row(rows, "PUT /api/media/{id}/subtitles/{language}", "- - 204 204 204 204", "401 403 403 204 204 403");
        row(rows, "PUT /api/people/{person}", "401 403 200 200 200 404");
        row(rows, "PUT /media/library/uploads/{upload}", "- - 200 200 200 200", "302 403 404 404 404 404");
        row(rows, "PUT /media/preferences", "302 200 200 200 200 200");
        row(rows, "POST /logout", "403 303 303 303 303 303");
        return rows;
    }

    private static void row(Map<String, List<String>> rows, String operation, String... statuses) {
        if (rows.put(operation, List.of(statuses)) != null) {
            throw new IllegalStateException("two rows for " + operation);
        }
    }
}
