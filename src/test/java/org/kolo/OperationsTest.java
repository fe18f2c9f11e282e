package org.kolo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;

/** What operators read: on Kolo's management port (loopback by default), never on the public one. */
@QuarkusTest
class OperationsTest {

    private static RequestSpecification operations() {
        return given().baseUri(LocalServices.managementUrl());
    }

    @Test
    void liveness_is_up() {
        operations().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readiness_checks_database_identity_provider_and_storage() {
        operations()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("identity-provider", "object-storage"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void readiness_reports_a_stopped_database_as_down_and_recovers() throws InterruptedException {
        assumeFalse(LocalServices.database().isExternal(), "an existing database is not ours to stop");
        LocalServices.database().stop();
        try {
            operations()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('Database') }.status", equalTo("DOWN"));
        } finally {
            LocalServices.database().restart();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (operations().get("/q/health/ready").statusCode() != 200
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        operations().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metrics_openapi_and_swagger_ui_are_served_on_the_management_port_only() {
        given().get("/").then().statusCode(200);
        for (String path : List.of(
                "/q/health/live",
                "/q/health/ready",
                "/q/metrics",
                "/q/openapi",
                "/q/swagger-ui/",
                "/q/health",
                "/q/dev-ui/")) {
            given().get(path).then().statusCode(404);
        }
        operations().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        operations().get("/q/openapi").then().statusCode(200).body(containsString("/api/cities"));
        operations().get("/q/swagger-ui/").then().statusCode(200);
    }
}
