package vn.planmonitor.support;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A target's progress as the API answers it, numbers read exactly, and figures compared by value. */
public final class TargetProgressAnswers {

    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private TargetProgressAnswers() {
    }

    /** {@code GET /api/v1/targets/{id}/progress} as the admin, with query parameters as name, value pairs. */
    public static JsonPath progress(long targetId, Object... query) {
        var request = ApiTest.api();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/v1/targets/" + targetId + "/progress").then().statusCode(200)
                .extract().jsonPath(DECIMALS);
    }

    /** 1.2 equals 1.20: the figure's value, not its scale. */
    public static void assertNumber(String expected, Object actual) {
        assertNotNull(actual, "expected " + expected + ", got null");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())),
                () -> "expected " + expected + ", got " + actual);
    }
}
