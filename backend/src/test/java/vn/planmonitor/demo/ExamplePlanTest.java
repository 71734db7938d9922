package vn.planmonitor.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example plan {@code make run} shows (loaded here as the local profile loads it, on this class's own
 * schema): its definition document imports cleanly, round-trips, and every target gets a status and the
 * figure computed by hand from {@link ExamplePlan}'s totals. It is loaded five years earlier, as the tests'
 * today is 30 June 2020: what {@code make run} shows in 2025 for 2021–2024 is seen here for 2016–2019.
 */
@QuarkusTest
class ExamplePlanTest extends ApiTest {

    /** Today is fixed at 30 June 2020 in the tests: the plan is loaded five years earlier (2016–2020). */
    private static final int SHIFT = -5;

    @Inject
    ExamplePlan example;

    @Test
    void shouldShowEveryKindOfTargetWithItsFigure() {
        assertTrue(example.load(SHIFT));
        assertFalse(example.load(SHIFT), "a second start leaves it as it is");
        long id = idOf("plans", ExamplePlan.CODE);
        JsonPath progress = api().when().get("/api/v1/plans/" + id + "/progress").then().statusCode(200)
                .extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<Map<String, Object>> targets = progress.getList("targets");
        assertEquals(9, targets.size());
        Map<String, String> figures = Map.of(
                "K4", "0.5",        // 40 ÷ 8,000 poor households in the fourth year
                "K5", "2.9",        // 580 ÷ 20,000
                "K6", "97.1",       // 38,840 ÷ 40,000
                "K7", "16",         // 3 + 5 + 4 + 4 enterprises in the first four years
                "K8", "10",         // (44 − 40) ÷ 40, the baseline entered for the year before the plan
                "K10", "58",        // 3,480 ÷ 6,000
                "K12", "0.95",      // 1,900 ÷ 200,000 million VND
                "K14", "1464");     // 4 wards × Σ (29 + month mod 4) over 12 months
        for (Map<String, Object> t : targets) {
            String code = (String) t.get("targetCode");
            assertNotNull(t.get("status"), code);
            assertFalse("NO_DATA".equals(t.get("status")), code + " has data");
            assertEquals(2019, ((Number) t.get("latestYear")).intValue(), code);
            if (figures.containsKey(code)) {
                assertEquals(0, new BigDecimal(figures.get(code)).compareTo(new BigDecimal(t.get("latestFigure").toString())),
                        code + ": " + t.get("latestFigure"));
            }
        }
        // K9: (1,250 ÷ 1,000)^(1/4) − 1 = 5.74% a year, behind 8%.
        BigDecimal growth = new BigDecimal(targets.stream().filter(t -> "K9".equals(t.get("targetCode"))).findFirst()
                .orElseThrow().get("latestFigure").toString());
        assertEquals(0, new BigDecimal("5.74").compareTo(growth.setScale(2, java.math.RoundingMode.HALF_UP)), growth.toString());
        // Each as designed: reached (K4, K8), a year missed on the way (K5 in the third year, K6 and K14 in the first), on
        // the line (K7), projected short (K9), the fourth-year milestone missed (K10), projected to reach it (K12).
        assertEquals(Map.of("K4", "ACHIEVED", "K5", "AT_RISK", "K6", "AT_RISK", "K7", "ON_TRACK", "K8", "ACHIEVED",
                        "K9", "OFF_TRACK", "K10", "OFF_TRACK", "K12", "ON_TRACK", "K14", "AT_RISK"),
                targets.stream().collect(java.util.stream.Collectors.toMap(t -> (String) t.get("targetCode"),
                        t -> (String) t.get("status"))));

        // Its definition reads back as it was imported: the document format round-trips.
        Map<String, Object> doc = api().when().get("/api/v1/plans/" + id + "/definition").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        api().queryParam("dryRun", "true").body(doc).when().post("/api/v1/plan-definitions").then().statusCode(200)
                .body("created", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(1 + 11 + 9));
    }
}
