package org.kolo.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kolo.certificates.CertificateIssuer;
import org.kolo.testing.LocalServices;

/**
 * Every operation of the OpenAPI document, called by an admin (who may reach most of them) with generated bad input:
 * wrong types, NUL, bidi and zero-width characters, huge strings and numbers, deep nesting, invalid UTF-8, missing
 * fields, bodies over the limit, `;` path parameters and broken path values. No answer may be a 5xx, and a refused
 * request commits nothing to the database.
 */
@QuarkusTest
class HttpFuzzTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");
    /** Signing out and the quick exit end the caller's session; they take no input. */
    /** Signing out ends the fuzzer's session; the failure probes answer 500 by design (ErrorsTest reads them). */
    private static final List<String> SKIPPED =
            List.of("POST /logout", "GET /exit", "GET /test-only/failure", "GET /api/test-only/failure");

    @Inject
    CertificateIssuer issuer;

    @Inject
    DataSource dataSource;

    private static final int ONE_MEGABYTE = 1024 * 1024;

    private final List<String> findings = new ArrayList<>();
    private int tried;

    @Test
    void no_bad_input_gets_a_server_error_and_a_refused_one_writes_nothing() {
        Map<String, List<String>> operations = OpenApiOperations.read(LocalServices.managementUrl());
        Caller admin = Caller.create(Caller.Kind.ADMIN);
        MatrixCalls calls = new MatrixCalls(new MatrixRecords(issuer), operations);
        Object kyivTarget = admin.api().get("/api/cities").path("find { it.code == 'kyiv' }.target");
        try (WriteLog writes = new WriteLog(dataSource)) {
            for (String operation : operations.keySet()) {
                if (!SKIPPED.contains(operation)) {
                    fuzz(operation, admin, calls, writes);
                }
            }
        } finally {
            admin.api()
                    .contentType("application/json")
                    .body(Map.of("target", kyivTarget))
                    .put("/api/cities/kyiv/target");
        }
        assertTrue(tried > 1000, "inputs tried: " + tried);
        assertTrue(
                findings.isEmpty(),
                tried + " inputs over " + operations.size() + " operations; findings:\n  "
                        + String.join("\n  ", findings));
    }

    private void fuzz(String operation, Caller admin, MatrixCalls calls, WriteLog writes) {
        String method = operation.substring(0, operation.indexOf(' '));
        boolean unsafe = !method.equals("GET");
        Map<String, String> values = calls.pathValues(operation, admin, "own", false);
        String valid = MatrixCalls.withQuery(operation, calls.fill(operation, values));
        String template = operation.substring(operation.indexOf(' ') + 1);

        String firstSegment = valid.replaceFirst("^(/[^/?]*)", "$1;x=1");
        send(operation, admin, calls, writes, firstSegment, null, 400);
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            for (String bad : FuzzInputs.PATH_VALUES) {
                Map<String, String> broken = new java.util.HashMap<>(values);
                broken.put(parameter.group(1), bad);
                send(
                        operation,
                        admin,
                        calls,
                        writes,
                        MatrixCalls.withQuery(operation, calls.fill(operation, broken)),
                        null,
                        0);
            }
        }
        if (valid.contains("?")) {
            for (String offset : List.of("-1", "abc", "1e30", "99999999999999999999", "")) {
                send(operation, admin, calls, writes, valid.replace("offset=0", "offset=" + offset), null, 0);
            }
        }
        if (!unsafe || method.equals("DELETE")) {
            return;
        }
        for (FuzzInputs.Input input : bodies(operation, admin, calls)) {
            Map<String, String> current = calls.pathValues(operation, admin, "own", false);
            String path = MatrixCalls.withQuery(operation, calls.fill(operation, current));
            int status = send(operation, admin, calls, writes, path, input, 0);
            if (status < 400 && MatrixCalls.recordOf(operation) != null) {
                calls.pathValues(operation, admin, "own", true); // a fresh record for the next input
            }
        }
    }

    private List<FuzzInputs.Input> bodies(String operation, Caller admin, MatrixCalls calls) {
        List<String> types = calls.bodyTypes(operation);
        if (types.contains("application/x-www-form-urlencoded") || !operation.contains("/api/") && types.isEmpty()) {
            return FuzzInputs.form(calls.formFields(operation), admin.formToken());
        }
        if (types.contains("application/json") || types.isEmpty()) {
            return FuzzInputs.json(calls.jsonBody(operation));
        }
        return FuzzInputs.whole();
    }

    /** Sends one input; records a finding for a 5xx, a refusal that wrote, or a status other than the one required. */
    private int send(
            String operation,
            Caller admin,
            MatrixCalls calls,
            WriteLog writes,
            String path,
            FuzzInputs.Input input,
            int required) {
        String method = operation.substring(0, operation.indexOf(' '));
        RequestSpecification request =
                path.startsWith("/api/") || path.startsWith("/api;") ? admin.api() : admin.page();
        String type = contentType(operation, calls);
        // Bytes go out as they are: the client neither re-encodes the form nor adds a charset.
        request.config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .encodeContentTypeAs(type.replaceFirst(";.*", ""), ContentType.BINARY)
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false);
        if (input != null) {
            request.contentType(type).body(input.body());
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            request.contentType(type);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                request.body(("csrf=" + admin.formToken()).getBytes());
            }
        }
        long before = writes.count();
        tried++;
        String what = operation + " " + FuzzInputs.shorten(path) + (input == null ? "" : " with " + input.description())
                + ": ";
        int status;
        try {
            Response response = request.request(method, path);
            status = response.statusCode();
        } catch (Exception closed) { // the client throws its IOExceptions undeclared
            // Over the body limit, the server answers 413 and closes before the client has sent it all.
            status = input != null && input.body().length > ONE_MEGABYTE ? 413 : 599;
            if (status == 599) {
                findings.add(what + "connection failed: " + closed);
            }
        }
        if (status >= 500 && status != 599) {
            findings.add(what + status);
        } else if (required != 0 && status != required) {
            findings.add(what + status + " instead of " + required);
        }
        if (status >= 400 && writes.count() != before && !endsRefusedUpload(operation, status, writes, before)) {
            findings.add(what + status + " but it wrote " + writes.since(before));
        }
        return status;
    }

    /**
     * The one refusal that writes, by design: a first chunk whose bytes are no allowed file type (415) ends the
     * upload, and the new item that never got a file goes with it.
     */
    private static boolean endsRefusedUpload(String operation, int status, WriteLog writes, long before) {
        return status == 415
                && operation.equals("PUT /api/media/uploads/{upload}")
                && writes.since(before).matches("(DELETE (media_item|media_upload)(, )?)+");
    }

    private static String contentType(String operation, MatrixCalls calls) {
        List<String> types = calls.bodyTypes(operation);
        if (types.isEmpty()) {
            return operation.contains("/api/") ? "application/json" : "application/x-www-form-urlencoded";
        }
        String type = types.contains("application/json") ? "application/json" : types.get(0);
        return type.startsWith("text/") || type.endsWith("urlencoded") ? type + "; charset=UTF-8" : type;
    }
}
