package org.kolo.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input for one operation, made from a body it accepts: each field missing, null, of the wrong type, with NUL,
 * bidi or zero-width characters, huge; and whole bodies that are not JSON, not UTF-8, nested deeper than any parser
 * should follow, or bigger than the limit. Path values get NUL, `;` parameters, traversal, length and Unicode.
 */
final class FuzzInputs {

    /** One bad input: what it is, and the bytes sent. */
    record Input(String description, byte[] body) {}

    static final List<String> PATH_VALUES = List.of(
            "%00",
            "x;a=b",
            "..%2F..%2Fetc",
            "a".repeat(3000),
            "%D0%B0%E2%80%AE",
            "-1",
            "%C3%28",
            "%25",
            "%7B%7D",
            "%20",
            "%0A");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "щ".repeat(200_000);
    private static final List<Object> BAD_VALUES = List.of(
            "",
            "a\u0000b",
            "a\u202Eexe.pdf",
            "a\u200Bb",
            HUGE,
            12,
            -1,
            1.5,
            Long.MAX_VALUE,
            new java.math.BigDecimal("1e400"),
            true,
            List.of(),
            List.of("x"),
            Map.of(),
            Map.of("x", "y"));

    private FuzzInputs() {}

    @SuppressWarnings("unchecked")
    static List<Input> json(Object valid) {
        List<Input> inputs = new ArrayList<>(whole());
        if (valid instanceof Map<?, ?> fields) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) fields);
            mutate(copy, "", inputs, copy);
        }
        return inputs;
    }

    /** Bodies that are wrong as a whole, whatever the operation wants. */
    static List<Input> whole() {
        List<Input> inputs = new ArrayList<>();
        for (String text : List.of(
                "",
                "null",
                "[]",
                "\"x\"",
                "12",
                "{",
                "{\"a\":",
                "{}",
                "{\"a\":\"\\ud800\"}",
                "\uFEFF{}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
                "{\"x\":\"" + "w".repeat(1_100_000) + "\"}")) {
            inputs.add(new Input("body " + shorten(text), text.getBytes(StandardCharsets.UTF_8)));
        }
        inputs.add(new Input(
                "body of invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
        inputs.add(new Input("body of a lone continuation byte", new byte[] {'"', (byte) 0x80, '"'}));
        return inputs;
    }

    @SuppressWarnings("unchecked")
    private static void mutate(Map<String, Object> fields, String prefix, List<Input> inputs, Object root) {
        for (String name : List.copyOf(fields.keySet())) {
            Object original = fields.get(name);
            fields.remove(name);
            inputs.add(input(prefix + name + " missing", root));
            fields.put(name, null);
            inputs.add(input(prefix + name + " null", root));
            for (Object bad : BAD_VALUES) {
                fields.put(name, bad);
                inputs.add(input(prefix + name + " = " + shorten(String.valueOf(bad)), root));
            }
            fields.put(name, original);
            if (original instanceof Map<?, ?> nested) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
                fields.put(name, copy);
                mutate(copy, prefix + name + ".", inputs, root);
                fields.put(name, original);
            }
        }
    }

    private static Input input(String description, Object root) {
        try {
            return new Input(description, JSON.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Form bodies: each field missing, then each field with every bad text value, url-encoded or broken. */
    static List<Input> form(Map<String, String> valid, String csrf) {
        List<Input> inputs = new ArrayList<>();
        List<String> values = List.of(
                "", "%00", "a%E2%80%AEb", "a%E2%80%8Bb", "%C3%28", "%", "%zz", "%D1%89".repeat(100_000), "-1", "1e400");
        for (String name : valid.keySet()) {
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.remove(name);
            inputs.add(new Input(name + " missing", encoded(without, null, null, csrf)));
            for (String value : values) {
                inputs.add(new Input(name + " = " + shorten(value), encoded(valid, name, value, csrf)));
            }
        }
        inputs.add(new Input(
                "form field repeated",
                (encodedText(valid, null, null, csrf) + "&" + encodedText(valid, null, null, null))
                        .getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input(
                "form of invalid UTF-8",
                ("a=%C3%28&csrf=" + csrf + "&b="
                                + new String(new byte[] {(byte) 0xC3, 0x28}, StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1)));
        return inputs;
    }

    private static byte[] encoded(Map<String, String> fields, String name, String rawValue, String csrf) {
        return encodedText(fields, name, rawValue, csrf).getBytes(StandardCharsets.UTF_8);
    }

    private static String encodedText(Map<String, String> fields, String name, String rawValue, String csrf) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(key)
                .append('=')
                .append(key.equals(name) ? rawValue : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (csrf != null) {
            body.append(body.isEmpty() ? "" : "&").append("csrf=").append(csrf);
        }
        return body.toString();
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }
}
