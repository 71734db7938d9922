package vn.planmonitor.progress;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import vn.planmonitor.support.ApiTest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the progress tests through the API share: exact decimals, figures compared by value, the plan extended. */
abstract class ProgressApiTest extends ApiTest {

    static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /** A figure by value: 12.5 and 12.5000 are the same. */
    static void assertNumber(String expected, Object actual) {
        assertNotNull(actual, "expected " + expected + ", got null");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())),
                () -> "expected " + expected + ", got " + actual);
    }

    /** A target's district figures from its plan's first year (2016), {@code null} for "no data". */
    static void assertFigures(JsonPath progress, String... expected) {
        List<Object> figures = progress.getList("target.periods.figure");
        assertEquals(expected.length, figures.size());
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertNull(figures.get(i), "year " + (2016 + i));
                assertTrue(progress.getBoolean("target.periods[" + i + "].noData"));
            } else {
                assertNumber(expected[i], figures.get(i));
                assertFalse(progress.getBoolean("target.periods[" + i + "].noData"));
            }
        }
    }

    /** One unit's row in the {@code period}-th period shown. */
    static Map<String, Object> unit(JsonPath progress, int period, String code) {
        return progress.getMap("target.periods[" + period + "].units.find { it.orgUnitCode == '" + code + "' }");
    }

    /** The district extends its plan, through the API: its fields as they are, a new last year. */
    static void extendPlanTo(long planId, int lastYear) {
        String path = "/api/v1/plans/" + planId;
        Map<String, Object> current = api().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "titleVi", "titleEn", "firstYear", "issuingBodyVi", "issuingBodyEn",
                "sourceUrl", "sourceText", "reportDeadlineDays")) {
            if (current.get(field) != null) {
                body.put(field, current.get(field));
            }
        }
        body.put("lastYear", lastYear);
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("lastYear", equalTo(lastYear));
    }
}
