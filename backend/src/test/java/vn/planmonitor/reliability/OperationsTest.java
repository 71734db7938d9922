package vn.planmonitor.reliability;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What the operator watches: liveness, readiness (with the database check) and Prometheus metrics per endpoint. */
@QuarkusTest
class OperationsTest extends ApiTest {

    /** Metrics are on the management port (a free one in tests), never on the public HTTP port. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void shouldReportLiveAndReadyWithTheDatabaseCheck() {
        RestAssured.given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database connections")));
    }

    @Test
    void shouldCountRequestsAndLatenciesPerEndpoint() {
        api().when().get("/api/v1/plans").then().statusCode(200);
        RestAssured.given().when().get(metrics).then().log().ifValidationFails().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/plans\""))
                .body(containsString("http_server_requests_seconds_max"));
    }

    @Test
    void shouldKeepMetricsOffThePublicPort() {
        RestAssured.given().when().get("/q/metrics").then().statusCode(404);
        RestAssured.given().when().get("/q/metrics/").then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertNotEquals(RestAssured.port, metrics.getPort());
    }

    @Test
    void shouldServeTheContractItselfAndSwaggerUi() {
        RestAssured.given().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("title: Plan monitor API"));
        RestAssured.given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
