package org.kolo.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kolo.certificates.CertificateIssuer;
import org.kolo.testing.LocalServices;

/**
 * Every operation of Kolo's OpenAPI document (API and pages alike) called by every kind of caller, on her own record
 * and on someone else's, against the status written once in {@link #EXPECTED}. An operation without a row fails the
 * test: a new endpoint or page must say here who may call it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * Statuses in the order of {@link Caller.Kind}: anonymous, activist, trainer, coordinator, admin, another city's
     * staff (a coordinator in Tbilisi; the others are in Kyiv). Record operations have two strings: on her own
     * record, then on someone else's (a Kyiv activist's attempt or certificate, a Kyiv trainer's media or upload).
     * "-" marks a caller who cannot own such a record.
     */
    static final Map<String, List<String>> EXPECTED = MatrixTable.rows();

    @Inject
    CertificateIssuer issuer;

    @Test
    void every_operation_answers_every_caller_as_the_table_says() {
        Map<String, List<String>> operations = OpenApiOperations.read(LocalServices.managementUrl());
        Map<Caller.Kind, Caller> callers = new EnumMap<>(Caller.Kind.class);
        for (Caller.Kind kind : Caller.Kind.values()) {
            callers.put(kind, Caller.create(kind));
        }
        MatrixCalls calls = new MatrixCalls(new MatrixRecords(issuer), operations);

        List<String> wrong = new ArrayList<>();
        Map<String, String> suggested = new LinkedHashMap<>();
        for (String operation : MatrixCalls.inCallOrder(operations.keySet())) {
            boolean hasRecord = MatrixCalls.recordOf(operation) != null;
            List<String> expected = EXPECTED.get(operation);
            StringBuilder row = new StringBuilder();
            for (String whose : hasRecord ? List.of("own", "other") : List.of("")) {
                List<String> actual = new ArrayList<>();
                for (Caller.Kind kind : Caller.Kind.values()) {
                    actual.add(calls.call(operation, callers.get(kind), whose));
                }
                row.append(row.isEmpty() ? "" : "\", \"").append(String.join(" ", actual));
                String want = expected == null ? null : expected.get(whose.equals("other") ? 1 : 0);
                if (expected != null && !MatrixCalls.matches(want, actual)) {
                    wrong.add(operation + (whose.isEmpty() ? "" : " [" + whose + "]") + ": expected " + want + ", got "
                            + String.join(" ", actual));
                }
            }
            if (expected == null) {
                suggested.put(operation, row.toString());
            }
        }
        TreeSet<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(operations.keySet());

        StringBuilder report = new StringBuilder();
        wrong.forEach(line -> report.append("\n  wrong: ").append(line));
        suggested.forEach((op, row) -> report.append("\n  no row: row(\"")
                .append(op)
                .append("\", \"")
                .append(row)
                .append("\"),"));
        stale.forEach(op -> report.append("\n  row for an operation that no longer exists: ")
                .append(op));
        assertTrue(operations.size() > 50, "the OpenAPI document lists Kolo's operations: " + operations.size());
        assertTrue(report.isEmpty(), operations.size() + " operations; differences:" + report);
    }

    @Test
    void every_operation_the_resource_classes_declare_is_in_the_openapi_document_the_matrix_reads() {
        Set<String> declared =
                ResourceOperations.declared(List.of(Path.of("target/classes"), Path.of("target/test-classes")));
        Set<String> documented =
                OpenApiOperations.read(LocalServices.managementUrl()).keySet();
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(documented);
        assertTrue(declared.size() > 50, "resource classes found: " + declared.size());
        assertTrue(missing.isEmpty(), "declared but not in the OpenAPI document, so outside the matrix: " + missing);
    }
}
