package org.kolo.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The operations Kolo's OpenAPI document lists, as "METHOD /path/{param}", with their request body types. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private OpenApiOperations() {}

    static Map<String, List<String>> read(String managementUrl) {
        String document = given().get(managementUrl + "/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            JsonNode paths = new ObjectMapper().readTree(document).get("paths");
            Map<String, List<String>> operations = new TreeMap<>();
            paths.fields()
                    .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                        if (METHODS.contains(operation.getKey())) {
                            List<String> bodyTypes = new ArrayList<>();
                            operation
                                    .getValue()
                                    .path("requestBody")
                                    .path("content")
                                    .fieldNames()
                                    .forEachRemaining(bodyTypes::add);
                            operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), bodyTypes);
                        }
                    }));
            return operations;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
