package org.kolo.security;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kolo.testing.LocalServices;

/**
 * Makes one matrix call: fills the operation's path with the record in question and the fixed values of content
 * (a course, a lesson, a quiz, a city), sends a body that is valid for the operation, and returns the status.
 */
final class MatrixCalls {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");
    private static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nМатрица\n";
    private static final byte[] PDF_START = "%PDF-1.4\n".getBytes();

    private final MatrixRecords records;
    private final Map<String, List<String>> bodyTypes;
    private final String victimActivist;
    private final String victimTrainer;

    MatrixCalls(MatrixRecords records, Map<String, List<String>> bodyTypes) {
        this.records = records;
        this.bodyTypes = bodyTypes;
        this.victimActivist = LocalServices.keycloak().createActivist("matrix-victim-" + suffix(), "kyiv");
        this.victimTrainer =
                LocalServices.keycloak().createUser("matrix-victim-trainer-" + suffix(), "kyiv", "trainer");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** The kind of record an operation's path names, or null when it names only content or nothing. */
    static MatrixRecords.Kind recordOf(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (path.contains("{attempt}")) {
            return MatrixRecords.Kind.ATTEMPT;
        }
        if (path.contains("{upload}")) {
            return MatrixRecords.Kind.UPLOAD;
        }
        if (path.matches("/(api/|my/)?certificates/\\{id}.*")) {
            return MatrixRecords.Kind.CERTIFICATE;
        }
        if (path.matches("/(api/)?media/(library/)?\\{id}.*")) {
            return MatrixRecords.Kind.MEDIA;
        }
        return null;
    }

    /** Signing out ends the caller's session, so it comes last. */
    static List<String> inCallOrder(Set<String> operations) {
        List<String> ordered = new ArrayList<>(operations);
        ordered.sort((a, b) -> Boolean.compare(a.equals("POST /logout"), b.equals("POST /logout")));
        return ordered;
    }

    static boolean matches(String expected, List<String> actual) {
        return expected != null && expected.equals(String.join(" ", actual));
    }

    /** The status she gets, or "-" when she cannot own such a record. */
    String call(String operation, Caller caller, String whose) {
        String method = operation.substring(0, operation.indexOf(' '));
        Map<String, String> values = pathValues(operation, caller, whose, !method.equals("GET"));
        if (values == null) {
            return "-";
        }
        String path = withQuery(operation, fill(operation, values));
        boolean api = path.startsWith("/api/");
        RequestSpecification request = api ? caller.api() : caller.page();
        withBody(request, operation, caller, api);
        return String.valueOf(request.request(method, path).statusCode());
    }

    /** The values of the record in the operation's path (none if it names none), or null if she can own none. */
    Map<String, String> pathValues(String operation, Caller caller, String whose, boolean fresh) {
        Map<String, String> values = new HashMap<>();
        MatrixRecords.Kind kind = recordOf(operation);
        if (kind != null) {
            String owner = whose.equals("own") ? ownerOwn(kind, caller) : ownerOther(kind);
            if (owner == null) {
                return null;
            }
            values.putAll(records.of(kind, owner, fresh));
        }
        return values;
    }

    /** The operation's path, its parameters filled from these values or the fixed content values. */
    String fill(String operation, Map<String, String> values) {
        String template = operation.substring(operation.indexOf(' ') + 1);
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = values.containsKey(name) ? values.get(name) : contentValue(template, name);
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    static String withQuery(String operation, String path) {
        return operation.startsWith("PUT ") && operation.endsWith("/uploads/{upload}") ? path + "?offset=0" : path;
    }

    List<String> bodyTypes(String operation) {
        return bodyTypes.getOrDefault(operation, List.of());
    }

    private static String ownerOwn(MatrixRecords.Kind kind, Caller caller) {
        boolean staff = caller.kind != Caller.Kind.ANONYMOUS && caller.kind != Caller.Kind.ACTIVIST;
        return switch (kind) {
            case ATTEMPT, CERTIFICATE -> caller.nickname;
            case MEDIA, UPLOAD -> staff ? caller.nickname : null;
        };
    }

    private String ownerOther(MatrixRecords.Kind kind) {
        return kind == MatrixRecords.Kind.MEDIA || kind == MatrixRecords.Kind.UPLOAD ? victimTrainer : victimActivist;
    }

    private String contentValue(String template, String name) {
        return switch (name) {
            case "course", "id" -> MatrixRecords.COURSE;
            case "lesson" -> "human-rights-basics";
            case "country" -> "ua";
            case "quiz" -> MatrixRecords.QUIZ;
            // A Kyiv activist of her own for each call, since staff actions disable or move her.
            case "person" ->
                LocalServices.keycloak()
                        .accountId(LocalServices.keycloak().createActivist("matrix-person-" + suffix(), "kyiv"));
            case "language" -> "ru";
            case "variant" -> "original";
            case "file" -> "missing.png";
            case "code" ->
                template.startsWith("/api/cities")
                        ? "kyiv"
                        : template.startsWith("/language") ? "uk" : records.certificateCode(victimActivist);
            default -> throw new IllegalArgumentException("no value for {" + name + "} in " + template);
        };
    }

    private void withBody(RequestSpecification request, String operation, Caller caller, boolean api) {
        List<String> types = bodyTypes(operation);
        boolean unsafe = !operation.startsWith("GET ");
        if (types.contains("application/json") || api && unsafe && types.isEmpty()) {
            request.contentType(ContentType.JSON);
            Object body = jsonBody(operation);
            if (body != null) {
                request.body(body);
            }
        } else if (types.contains("application/octet-stream")) {
            request.contentType("application/octet-stream").body(PDF_START);
        } else if (types.contains("text/vtt")) {
            request.contentType("text/vtt; charset=utf-8").body(VTT);
        } else if (types.contains("multipart/form-data")) {
            request.multiPart("language", "ru").multiPart("file", "m.vtt", VTT.getBytes(), "text/vtt");
            if (caller.formToken() != null) {
                request.multiPart("csrf", caller.formToken());
            }
        } else if (unsafe) {
            request.contentType(ContentType.URLENC.withCharset("UTF-8"));
            formFields(operation).forEach(request::formParam);
            if (caller.formToken() != null) {
                request.formParam("csrf", caller.formToken());
            }
        }
    }

    /** A body the operation accepts, or null when it takes none. */
    Object jsonBody(String operation) {
        return switch (operation) {
            case "PUT /api/attempts/{attempt}/answers/{question}" -> Map.of("value", true);
            case "POST /api/certificates" ->
                Map.of("courseId", MatrixRecords.COURSE, "learners", List.of(victimActivist));
            case "PUT /api/certificates/holder" -> Map.of("name", "Участница");
            case "POST /api/certificates/{id}/reissue" -> Map.of();
            case "POST /api/certificates/{id}/revocation" -> Map.of("reason", "matrix");
            case "PUT /api/cities/{code}/target" -> Map.of("target", 100);
            case "POST /api/people" -> newPerson();
            case "PUT /api/people/{person}" -> Map.of("enabled", false);
            case "PUT /api/me/progress/{lesson}" -> Map.of("done", false);
            case "POST /api/media", "POST /media/library" ->
                Map.of("titles", Map.of("ru", "Матрица"), "language", "ru", "fileName", "m.pdf", "size", 1000);
            case "POST /api/media/{id}/file", "POST /media/library/{id}/file" ->
                Map.of("fileName", "n.pdf", "size", 1000);
            case "PUT /media/preferences" -> Map.of("dataSaver", false);
            default -> null;
        };
    }

    /** A new account in Kyiv with a nickname never used before, so each caller's call can make one. */
    private static Map<String, String> newPerson() {
        return Map.of(
                "nickname", "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "city", "kyiv",
                "language", "ru",
                "role", "activist");
    }

    Map<String, String> formFields(String operation) {
        return switch (operation) {
            case "POST /certificates/issue" -> Map.of("course", MatrixRecords.COURSE, "learners", victimActivist);
            case "POST /certificates/{id}/revoke" -> Map.of("reason", "matrix");
            case "POST /my/certificates/name" -> Map.of("name", "Участница", "language", "ru");
            case "POST /people/new" -> newPerson();
            case "POST /people/{person}/enabled" -> Map.of("enabled", "false");
            case "POST /people/{person}/city" -> Map.of("city", "kyiv");
            case "POST /people/{person}/roles" -> Map.of("role", "trainer", "cities", "kyiv");
            case "POST /people/nickname-check" -> Map.of("nickname", "matrix-check");
            case "POST /people/slip.pdf" ->
                Map.of("nickname", victimActivist, "password", "abcd-efgh-jkmn", "language", "kk");
            default -> Map.of();
        };
    }
}
