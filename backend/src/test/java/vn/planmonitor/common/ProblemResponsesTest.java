package vn.planmonitor.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Whatever goes wrong in the HTTP layer is still a problem+json, in the caller's language, with no internals. */
@QuarkusTest
class ProblemResponsesTest extends ApiTest {

    @Test
    void shouldAnswerMalformedJsonWithAProblem() {
        problem(api().body("{\"code\": ").when().post("/api/v1/plans").then(), 400, "malformed-json")
                .body("detail", not(containsString("jackson")));
        problem(api().body("").when().post("/api/v1/plans").then(), 400, "body-required");
        problem(api().body("[1, 2]").when().post("/api/v1/plans").then(), 400, "validation")
                .body("errors", fieldError("$", "wrong-type"));
    }

    @Test
    void shouldRefuseUnknownFieldsByName() {
        problem(api().body("{\"code\":\"X\",\"id\":5}").when().post("/api/v1/org-units").then(), 400, "validation")
                .body("errors", fieldError("id", "unknown-field"));
    }

    @Test
    void shouldAnswerUnknownPathsMethodsAndMediaTypes() {
        problem(api().when().get("/api/v1/nothing-here").then(), 404, "no-such-path");
        problem(api().when().get("/api/v1/plans/not-a-number").then(), 404, "no-such-path");
        problem(api().when().patch("/api/v1/plans").then(), 405, "method-not-allowed");
        problem(api().contentType("text/plain").body("x").when().post("/api/v1/plans").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void shouldSpeakEnglishOnRequest() {
        problem(api().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/v1/plans/424242").then(), 404,
                "not-found").body("detail", equalTo("There is no plan with id 424242."));
        problem(api().when().get("/api/v1/plans/424242").then(), 404, "not-found")
                .body("detail", equalTo("Không có kế hoạch với id 424242."));
    }
}
