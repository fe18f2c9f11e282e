package org.kolo.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error under /api. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body of a problem without field violations, for answers written outside the REST layer. */
    static String json(ObjectMapper mapper, int status, String title, String detail) {
        try {
            return mapper.writeValueAsString(new Problem("about:blank", title, status, detail, List.of()));
        } catch (JsonProcessingException e) {
            return "{\"status\":" + status + "}";
        }
    }

    /** One field that failed validation, with a message a person can act on. */
    public record Violation(String field, String message) {}
}
