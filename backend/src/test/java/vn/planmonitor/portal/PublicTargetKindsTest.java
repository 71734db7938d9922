package vn.planmonitor.portal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.ReviewStandIn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The portal says what a change target (K8) and a milestone target (K10) are, as the staff's target page
 * does: measure, baseline, milestones, the compared value and the threshold in force each year — and nothing
 * of who changed them or why. Today is 2020-06-30 (2020 in progress). Only the Economic Office (PKT) reports
 * organisations supported, approved: 2016 2, 2017 3, 2018 4, 2019 5.
 */
@QuarkusTest
class PublicTargetKindsTest extends ApiTest {

    private static final String PUBLIC = "/api/v1/public/plans/" + PLAN + "/targets/";
    private static final String INTERNAL_REASON = "Lý do nội bộ 5521";
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    ReviewStandIn review;

    private static boolean ready;

    @BeforeEach
    void reportsTargetsAndPublish() {
        if (ready) {
            return;
        }
        int[] supported = {2, 3, 4, 5};
        for (int i = 0; i < supported.length; i++) {
            economicOffice(2016 + i, supported[i]);
        }
        Map<String, Object> k8 = body("KP8", "10");
        k8.put("measure", "CHANGE_PERCENT");
        Map<String, Object> baseline = new HashMap<>();
        baseline.put("year", 2016);
        baseline.put("value", null);
        k8.put("baseline", baseline);
        long k8Id = ((Number) api().body(k8).post("/api/v1/targets").then().statusCode(201).extract().path("id"))
                .longValue();
        // Changed afterwards, with a reason the public must never see.
        k8.put("threshold", 20);
        k8.put("reason", INTERNAL_REASON);
        api().header("If-Match", etagOf("/api/v1/targets/" + k8Id)).body(k8).put("/api/v1/targets/" + k8Id)
                .then().statusCode(200);
        Map<String, Object> k10 = body("KP10", "6");
        k10.put("milestones", List.of(Map.of("year", 2017, "threshold", 3), Map.of("year", 2018, "threshold", 5)));
        api().body(k10).post("/api/v1/targets").then().statusCode(201);
        String plan = "/api/v1/plans/" + idOf("plans", PLAN);
        api().header("If-Match", etagOf(plan)).post(plan + "/publish").then().statusCode(200);
        ready = true;
    }

    @Test
    void aChangeTargetShowsItsMeasureBaselineAndComparedValues() {
        JsonPath p = as(null).get(PUBLIC + "KP8").then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals("CHANGE_PERCENT", p.getString("target.measure"));
        // The baseline is 2016's own figure, 2.
        assertEquals(2016, p.getInt("target.baseline.year"));
        assertNumber("2", p.get("target.baseline.value"));
        assertEquals(true, p.get("target.baseline.fromData"));
        assertEquals(List.of(), p.getList("target.milestones"));
        assertNull(p.get("target.pace"));
        // 2017 (3 − 2) ÷ 2 × 100 = 50; 2018 (4 − 2) ÷ 2 × 100 = 100; 2019 (5 − 2) ÷ 2 × 100 = 150; 2016 is the
        // baseline year itself, 2020 has no approved report.
        List<Object> compared = p.getList("target.periods.compared");
        assertNull(compared.get(0));
        assertNumber("50", compared.get(1));
        assertNumber("100", compared.get(2));
        assertNumber("150", compared.get(3));
        assertNull(compared.get(4));
        assertEquals("BEFORE_BASELINE", p.getList("target.periods.comparedNoDataReason").get(0));
        assertNumber("20", p.getList("target.periods.threshold").get(3));
        // At least +20% by 2020: 2019's 150 reaches it.
        assertEquals("ACHIEVED", p.getString("target.status"));
    }

    @Test
    void aMilestoneTargetShowsEachYearsThresholdInForce() {
        JsonPath p = as(null).get(PUBLIC + "KP10").then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals("LEVEL", p.getString("target.measure"));
        assertNull(p.get("target.baseline"));
        assertEquals(List.of(2017, 2018), p.getList("target.milestones.year"));
        assertNumber("3", p.getList("target.milestones.threshold").get(0));
        assertNumber("5", p.getList("target.milestones.threshold").get(1));
        // 2016 and 2019 have no milestone: shown, not judged. 2017: 3 ≥ 3 ✓, 2018: 4 < 5 ✗, 2020 (due, 6):
        // in progress without a report.
        List<Object> thresholds = p.getList("target.periods.threshold");
        assertEquals(Arrays.asList(null, null, null, null), Arrays.asList(thresholds.get(0), thresholds.get(3),
                p.getList("target.periods.met").get(0), p.getList("target.periods.met").get(3)));
        assertNumber("3", thresholds.get(1));
        assertNumber("5", thresholds.get(2));
        assertNumber("6", thresholds.get(4));
        assertEquals(Arrays.asList(true, false), p.getList("target.periods.met").subList(1, 3));
        // The latest milestone (2018) missed; the line through 2017 (3) and 2018 (4) rises 1 a year and
        // reaches 4 + 2 × 1 = 6 in 2020, the final milestone: catching up → AT_RISK.
        assertEquals("AT_RISK", p.getString("target.status"));
        assertNumber("6", p.get("target.projection.projectedValue"));
        // The compared value of a level is its figure.
        assertNumber("4", p.getList("target.periods.compared").get(2));
    }

    @Test
    void nothingOfARevisionReachesThePublic() {
        for (String url : List.of(PUBLIC + "KP8", PUBLIC + "KP8/data.csv", "/api/v1/public/plans/" + PLAN)) {
            String body = as(null).get(url).then().statusCode(200).extract().asString();
            assertFalse(body.contains(INTERNAL_REASON), url);
            assertFalse(body.contains("changedBy"), url);
            assertFalse(body.contains("\"reason\""), url);
        }
    }

    private static Map<String, Object> body(String code, String threshold) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", "ENTERPRISES_SUPPORTED");
        body.put("statementVi", "Doanh nghiệp được hỗ trợ (" + code + ")");
        body.put("statementEn", "Enterprises supported (" + code + ")");
        body.put("aggregation", "SUM");
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", "BY_YEAR");
        body.put("dueYear", 2020);
        return body;
    }

    private void economicOffice(int year, int supported) {
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (int i = 1; i <= supported; i++) {
            organisations.add(Map.of("name", "Doanh nghiệp " + i));
        }
        List<Map<String, Object>> values = List.of(
                Map.of("indicatorCode", "ENTERPRISES_SUPPORTED", "number", supported, "items", organisations));
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "PKT", "period",
                        String.valueOf(year), "values", values))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        review.setStatus(id, SubmissionStatus.APPROVED);
    }

    private static void assertNumber(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> actual + " instead of " + expected);
    }
}
