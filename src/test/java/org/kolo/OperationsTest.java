package org.kolo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kolo.testing.LocalServices;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void liveness_is_up() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readiness_checks_database_identity_provider_and_storage() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("identity-provider", "object-storage"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void readiness_reports_a_stopped_database_as_down_and_recovers() throws InterruptedException {
        assumeFalse(LocalServices.database().isExternal(), "an existing database is not ours to stop");
        LocalServices.database().stop();
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name.contains('Database') }.status", equalTo("DOWN"));
        } finally {
            LocalServices.database().restart();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metrics_openapi_and_swagger_ui_are_served() {
        given().get("/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/cities"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
