package vn.planmonitor.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.support.ReviewStandIn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;
import static vn.planmonitor.submission.SubmissionStatus.RETURNED;
import static vn.planmonitor.submission.SubmissionStatus.SUBMITTED;

/**
 * Allocations (giao chỉ tiêu, K11) through the API, every figure worked out by hand. Today is 2020-06-30, so
 * 2020 is in progress (due 31 January 2021): shown, provisional, not judged.
 * <p>
 * Improvement initiatives recognised (IMPROVEMENT_INITIATIVES, a COUNT the 16 wards, 6 agencies and 4 public
 * service units report: 26 units expected every year). The reports (APPROVED unless marked):
 * <pre>
 *        P01   P02            P03            P04   PKT
 * 2016   6     2              0              —     1
 * 2017   4     3              9 (RETURNED)   4     —
 * 2018   8     5              1              —     —
 * 2019   7     3 (SUBMITTED)  0              —     —
 * 2020   2     —              —              —     —      (in progress)
 * district sum (approved): 2016 6+2+0+1 = 9, 2017 4+3+4 = 11, 2018 8+5+1 = 14, 2019 7+0 = 7, 2020 2.
 * </pre>
 * Civil servants trained, 2016 only: P01 2/10 = 20%, P02 7/10 = 70% → district 9/20 = 45%.
 */
@QuarkusTest
class K11AllocationsTest extends ProgressApiTest {

    @Inject
    ReviewStandIn review;

    private final Map<String, Long> targets = new HashMap<>();

    @BeforeEach
    void reportsAndTargets() {
        if (!targets.isEmpty()) {
            return;
        }
        initiatives("P01", 2016, APPROVED, 6, of(2, 10));
        initiatives("P02", 2016, APPROVED, 2, of(7, 10));
        initiatives("P03", 2016, APPROVED, 0, null);
        initiatives("PKT", 2016, APPROVED, 1, null);
        initiatives("P01", 2017, APPROVED, 4, null);
        initiatives("P02", 2017, APPROVED, 3, null);
        initiatives("P03", 2017, RETURNED, 9, null);
        initiatives("P04", 2017, APPROVED, 4, null);
        initiatives("P01", 2018, APPROVED, 8, null);
        initiatives("P02", 2018, APPROVED, 5, null);
        initiatives("P03", 2018, APPROVED, 1, null);
        initiatives("P01", 2019, APPROVED, 7, null);
        initiatives("P02", 2019, SUBMITTED, 3, null);
        initiatives("P03", 2019, APPROVED, 0, null);
        initiatives("P01", 2020, APPROVED, 2, null);
        // At least, every year: P01 5 (8 in 2018, overriding), P02 3, P03 0, P04 4 in 2017 only.
        targets.put("K11S", create(body("K11S", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "10", null,
                List.of(allocation("P01", null, "5"), allocation("P01", 2018, "8"), allocation("P02", null, "3"),
                        allocation("P03", null, "0"), allocation("P04", 2017, "4")))));
        // At most, by 2020: P01 5, P02 3.
        targets.put("K11M", create(body("K11M", "IMPROVEMENT_INITIATIVES", "SUM", "AT_MOST", "100", 2020,
                List.of(allocation("P01", null, "5"), allocation("P02", null, "3")))));
        // At least, by 2020: P01 5 (10 in 2020), P02 5; the target's own threshold 9 is never in force.
        targets.put("K11D", create(body("K11D", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "9", 2020,
                List.of(allocation("P01", null, "5"), allocation("P01", 2020, "10"), allocation("P02", null, "5")))));
        // A ratio: 50% district-wide every year; P01 given 40%, P02 60%.
        targets.put("K11R", create(body("K11R", "CIVIL_SERVANT_TRAINING", "RATIO_OF_SUMS", "AT_LEAST", "50", null,
                List.of(allocation("P01", null, "40"), allocation("P02", null, "60")))));
    }

    // ---------------------------------------------------------------- each unit against its own allocation

    @Test
    void eachUnitIsJudgedAgainstItsOwnAllocationAndTheSumAgainstTheirTotal() {
        JsonPath p = target("K11S", false);
        // 2016: P01 6 ≥ 5 ✓, P02 2 < 3 ✗, P03 0 ≥ 0 ✓ (a zero allocation is met by 0); P04 has none in 2016.
        assertUnit(p, 0, "P01", "5", "6", true);
        assertUnit(p, 0, "P02", "3", "2", false);
        assertUnit(p, 0, "P03", "0", "0", true);
        assertNull(unit(p, 0, "P04").get("allocation"));
        assertNull(unit(p, 0, "P04").get("meets"), "a SUM unit without an allocation is not judged");
        assertNull(unit(p, 0, "PKT").get("meets"));
        // 2017: P04's 2017 allocation 4, met with 4; P01 4 < 5 ✗; P03's returned report is missing ✗.
        assertUnit(p, 1, "P04", "4", "4", true);
        assertUnit(p, 1, "P01", "5", "4", false);
        assertUnit(p, 1, "P03", "0", null, false);
        assertEquals(false, unit(p, 1, "P03").get("counted"));
        // 2018: P01's own 2018 allocation 8 overrides its every-year 5: 8 ≥ 8 ✓.
        assertUnit(p, 2, "P01", "8", "8", true);
        // 2019: P02's report waits for review: missing, not meeting.
        assertUnit(p, 3, "P02", "3", null, false);

        // Allocated units meeting: 2016 2 of 3 = 66.6667%; 2017 (P02, P04) 2 of 4 = 50%; 2018 3 of 3 = 100%;
        // 2019 (P01, P03) 2 of 3 = 66.6667%; 2020 P01 2 < 5 and two missing: 0 of 3 = 0% (in progress).
        assertEquals(Arrays.asList(3, 4, 3, 3, 3), p.getList("target.periods.allocations.allocatedUnits"));
        assertEquals(Arrays.asList(2, 2, 3, 2, 0), p.getList("target.periods.allocations.meetingUnits"));
        List<Object> shares = p.getList("target.periods.allocations.share");
        assertNumber("66.6667", shares.get(0));
        assertNumber("50", shares.get(1));
        assertNumber("100", shares.get(2));
        assertNumber("66.6667", shares.get(3));
        assertNumber("0", shares.get(4));
        assertTrue(p.getBoolean("target.periods[4].inProgress"));

        // The district sum against the year's allocations added up: 2016 5+3+0 = 8, 2017 5+3+0+4 = 12,
        // 2018 8+3+0 = 11, 2019 and 2020 8. 9 ≥ 8 ✓, 11 < 12 ✗, 14 ≥ 11 ✓, 7 < 8 ✗, 2 < 8 ✗ (not judged).
        assertFigures(p, "9", "11", "14", "7", "2");
        assertNumbers(p.getList("target.periods.threshold"), "8", "12", "11", "8", "8");
        assertNumbers(p.getList("target.periods.allocations.sum"), "8", "12", "11", "8", "8");
        assertEquals(Arrays.asList(true, false, true, false, false), p.getList("target.periods.met"));
        // Every year, judged 2016–2019: the latest, 2019, missed → OFF_TRACK; 2 of 4 years met.
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(2, p.getInt("target.yearsMet"));
        assertEquals(4, p.getInt("target.yearsWithData"));
    }

    @Test
    void aPendingReportCountsWhenAskedForAndTheYearIsProvisional() {
        JsonPath p = target("K11S", true);
        // include=submitted: P02's 3 ≥ 3 counts in 2019 → 3 of 3 = 100%; the district 7 + 3 = 10 ≥ 8 ✓.
        assertNumber("100", p.getList("target.periods.allocations.share").get(3));
        assertNumber("10", p.getList("target.periods.figure").get(3));
        assertEquals(true, p.getBoolean("target.periods[3].met"));
        assertTrue(p.getBoolean("target.periods[3].provisional"));
        // 2016 ✓, 2017 ✗, 2018 ✓, 2019 ✓: the latest met, an earlier one missed → AT_RISK, 3 of 4.
        assertEquals("AT_RISK", p.getString("target.status"));
        assertEquals(3, p.getInt("target.yearsMet"));
    }

    @Test
    void anAtMostAllocationIsMetAtOrBelowIt() {
        JsonPath p = target("K11M", false);
        // At most: 2016 P01 6 > 5 ✗, P02 2 ≤ 3 ✓ → 1 of 2 = 50%; 2017 4 ≤ 5 ✓, 3 ≤ 3 ✓ → 100%;
        // 2018 8 > 5 ✗, 5 > 3 ✗ → 0%; 2019 P01 7 ✗, P02 missing ✗ → 0%.
        assertUnit(p, 0, "P01", "5", "6", false);
        assertUnit(p, 0, "P02", "3", "2", true);
        assertUnit(p, 1, "P02", "3", "3", true);
        List<Object> shares = p.getList("target.periods.allocations.share");
        assertNumber("50", shares.get(0));
        assertNumber("100", shares.get(1));
        assertNumber("0", shares.get(2));
        assertNumber("0", shares.get(3));
        // The district at most 5 + 3 = 8: 9 ✗, 11 ✗, 14 ✗, 7 ✓ → by 2020, 2019's 7 already meets it: ACHIEVED.
        assertNumbers(p.getList("target.periods.threshold"), "8", "8", "8", "8", "8");
        assertEquals(Arrays.asList(false, false, false, true, true), p.getList("target.periods.met"));
        assertEquals("ACHIEVED", p.getString("target.status"));
        assertEquals("THRESHOLD_REACHED", p.getString("target.statusReason"));
    }

    @Test
    void aByYearSumIsProjectedToTheDueYearsAllocations() {
        JsonPath p = target("K11D", false);
        // Sums: 5 + 5 = 10 in 2016–2019, 10 + 5 = 15 in 2020. 9 ✗, 11 ✓, 14 ✓, 7 ✗.
        assertNumbers(p.getList("target.periods.threshold"), "10", "10", "10", "10", "15");
        assertEquals(Arrays.asList(false, true, true, false, false), p.getList("target.periods.met"));
        // 2020 in progress: the line through 2016–2019 (9, 11, 14, 7): x̄ = 2017.5, ȳ = 10.25,
        // Σ(x − x̄)(y − ȳ) = (−1.5)(−1.25) + (−0.5)(0.75) + (0.5)(3.75) + (1.5)(−3.25) = −1.5, Σ(x − x̄)² = 5,
        // slope −0.3; at 2020: 10.25 − 0.75 = 9.5 — short of 90% of 2020's 15 (13.5) → OFF_TRACK. Against the
        // target's own 9 it would be ON_TRACK, against 2019's 10 AT_RISK.
        assertNumber("9.5", p.get("target.projection.projectedValue"));
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_SHORT", p.getString("target.statusReason"));
        // P01 in 2020: its own 10 overrides its every-year 5.
        assertUnit(p, 4, "P01", "10", "2", false);
    }

    @Test
    void aRatioKeepsTheTargetThresholdAndShowsTheShareMeetingTheirOwn() {
        JsonPath p = target("K11R", false);
        // 2016: 9 of 20 = 45% against the target's 50% (not 40 + 60): ✗.
        assertNumber("45", p.getList("target.periods.figure").get(0));
        assertNumber("50", p.getList("target.periods.threshold").get(0));
        assertEquals(false, p.getBoolean("target.periods[0].met"));
        // P01 20% < 40% ✗, P02 70% ≥ 60% ✓ → 1 of 2 = 50%; the only unit meeting its own threshold is P02.
        assertUnit(p, 0, "P01", "40", "20", false);
        assertUnit(p, 0, "P02", "60", "70", true);
        assertNumber("50", p.getList("target.periods.allocations.share").get(0));
        assertEquals(1, p.getInt("target.periods[0].meetingUnits"));
        assertNumber("100", p.getList("target.periods.allocations.sum").get(0));
        // 2017–2019: no civil servant figures reported: no data, and no share (never 0%).
        assertEquals("NO_REPORTS", p.getString("target.periods[1].noDataReason"));
        assertNull(p.getList("target.periods.allocations.share").get(1));
        assertEquals(2, p.getInt("target.periods[1].allocations.allocatedUnits"));
    }

    @Test
    void theSummariesGiveTheSameFiguresAsTheUnitByUnitPath() {
        long planId = idOf("plans", PLAN);
        for (boolean submitted : new boolean[]{false, true}) {
            var request = api();
            if (submitted) {
                request = request.queryParam("include", "submitted");
            }
            JsonPath plan = request.when().get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                    .extract().jsonPath(DECIMALS);
            for (String code : List.of("K11S", "K11M", "K11D", "K11R")) {
                JsonPath one = target(code, submitted);
                String prefix = "targets.find { it.targetCode == '" + code + "' }";
                for (String field : List.of("figure", "met", "threshold", "meetingUnits", "allocations")) {
                    assertEquals(one.getList("target.periods." + field), plan.getList(prefix + ".periods." + field),
                            code + " " + field);
                }
                assertEquals(one.getString("target.status"), plan.getString(prefix + ".status"), code);
            }
        }
    }

    @Test
    void theTargetShowsItsAllocationsAndAPutWithoutThemKeepsThem() {
        String path = "/api/v1/targets/" + targets.get("K11S");
        api().get(path).then().statusCode(200).body("allocations.orgUnitCode", equalTo(List.of("P01", "P01", "P02",
                "P03", "P04"))).body("allocations[1].year", equalTo(2018)).body("allocations[0].year", equalTo(null));
        Map<String, Object> body = body("K11S", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "10", null, null);
        body.remove("allocations");
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("allocations.size()", equalTo(5));
        // A refused edit changes nothing: the allocations stay as they were.
        body.put("allocations", List.of(allocation("P01", null, "6"), allocation("P01", null, "7")));
        problem(api().header("If-Match", etagOf(path)).body(body).put(path).then(), 400, "validation")
                .body("errors", fieldError("allocations[1].orgUnitCode", "duplicate"));
        api().get(path).then().statusCode(200).body("allocations.size()", equalTo(5))
                .body("allocations[0].threshold", equalTo(5));
    }

    @Test
    void changingTheAllocationsNeedsAReasonAndLeavesARevision() {
        // Its own target: the others are shared by every test of this class.
        Map<String, Object> body = body("K11V", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "10", null,
                List.of(allocation("P01", null, "5"), allocation("P02", null, "3")));
        String path = "/api/v1/targets/" + create(body);
        body.put("allocations", List.of(allocation("P01", null, "6")));
        problem(api().header("If-Match", etagOf(path)).body(body).put(path).then(), 400, "validation")
                .body("errors", fieldError("reason", "reason-required"));
        body.put("reason", "Phường 2 không còn được giao");
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("allocations.size()", equalTo(1));
        api().get(path + "/revisions").then().statusCode(200)
                .body("items[0].changedFields", equalTo(List.of("allocations")))
                .body("items[0].before.allocations.orgUnitCode", equalTo(List.of("P01", "P02")))
                .body("items[0].after.allocations[0].threshold", equalTo(6));
        api().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void anAllocationIsCheckedAgainstTheIndicatorThePlanAndTheDirection() {
        Map<String, Object> body = body("K11X", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "10", null, List.of(
                allocation("NOPE", null, "1"),
                allocation("THCS-LUGIA", null, "1"),
                allocation("P01", 2017, "2"),
                allocation("P01", 2017, "3"),
                allocation("P02", 2021, "1"),
                allocation("P03", null, "-1"),
                allocation("P04", null, "1.5"),
                Map.of("orgUnitCode", "P05", "threshold", 2, "thresholdHigh", 3)));
        problem(api().body(body).post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("allocations[0].orgUnitCode", "unknown-code"))
                .body("errors", fieldError("allocations[1].orgUnitCode", "unit-not-reporting"))
                .body("errors", fieldError("allocations[3].orgUnitCode", "duplicate"))
                .body("errors", fieldError("allocations[4].year", "outside-plan"))
                .body("errors", fieldError("allocations[5].threshold", "negative"))
                .body("errors", fieldError("allocations[6].threshold", "not-whole-number"))
                .body("errors", fieldError("allocations[7].thresholdHigh", "only-for-between"));
        // A band: the high end is required, not below the low end, at most 100 for a ratio.
        Map<String, Object> band = body("K11X", "CIVIL_SERVANT_TRAINING", "RATIO_OF_SUMS", "BETWEEN", "40", null,
                List.of(Map.of("orgUnitCode", "P01", "threshold", 70, "thresholdHigh", 60),
                        Map.of("orgUnitCode", "P02", "threshold", 50, "thresholdHigh", 120),
                        allocation("P03", null, "50")));
        band.put("thresholdHigh", 60);
        problem(api().body(band).post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("allocations[0].thresholdHigh", "band-low-above-high"))
                .body("errors", fieldError("allocations[1].thresholdHigh", "percentage-above-100"))
                .body("errors", fieldError("allocations[2].thresholdHigh", "required"));
        // Only for a level without milestones.
        Map<String, Object> cumulative = body("K11X", "IMPROVEMENT_INITIATIVES", "SUM", "AT_LEAST", "10", 2020,
                List.of(allocation("P01", null, "1")));
        cumulative.put("measure", "CUMULATIVE");
        cumulative.put("milestones", List.of(Map.of("year", 2018, "threshold", 3)));
        problem(api().body(cumulative).post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("allocations", "allocations-need-level"))
                .body("errors", fieldError("allocations", "allocations-with-milestones"));
        // Nothing was saved.
        List<String> codes = api().queryParam("plan", PLAN).queryParam("size", 500).get("/api/v1/targets").then()
                .statusCode(200).extract().path("items.code");
        assertFalse(codes.contains("K11X"));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertUnit(JsonPath p, int period, String code, String allocation, String value,
                                   Boolean meets) {
        Map<String, Object> unit = unit(p, period, code);
        assertNumber(allocation, unit.get("allocation"));
        if (value == null) {
            assertNull(unit.get("value"), code);
        } else {
            assertNumber(value, unit.get("value"));
        }
        assertEquals(meets, unit.get("meets"), code + " in period " + period);
    }

    private static void assertNumbers(List<Object> actual, String... expected) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            assertNumber(expected[i], actual.get(i));
        }
    }

    private static int[] of(int numerator, int denominator) {
        return new int[]{numerator, denominator};
    }

    private void initiatives(String unit, int year, SubmissionStatus status, int initiatives, int[] civil) {
        List<Map<String, Object>> values = new ArrayList<>();
        values.add(Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", initiatives));
        if (civil != null) {
            values.add(Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", civil[0],
                    "denominator", civil[1]));
        }
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", String.valueOf(year),
                        "values", values))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        review.setStatus(id, status);
    }

    private static Map<String, Object> allocation(String unit, Integer year, String threshold) {
        Map<String, Object> a = new HashMap<>();
        a.put("orgUnitCode", unit);
        a.put("year", year);
        a.put("threshold", new BigDecimal(threshold));
        return a;
    }

    /** {@code dueYear} null: every year. */
    private static Map<String, Object> body(String code, String indicator, String aggregation, String direction,
                                            String threshold, Integer dueYear, List<Map<String, Object>> allocations) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", indicator);
        body.put("statementVi", "Giao chỉ tiêu " + code + " cho từng phường");
        body.put("statementEn", "Target " + code + " allocated to each ward");
        body.put("aggregation", aggregation);
        body.put("direction", direction);
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", dueYear == null ? "EVERY_YEAR" : "BY_YEAR");
        if (dueYear != null) {
            body.put("dueYear", dueYear);
        }
        body.put("allocations", allocations);
        return body;
    }

    private static long create(Map<String, Object> body) {
        return ((Number) api().body(body).when().post("/api/v1/targets").then().statusCode(201)
                .body("allocations.size()", equalTo(((List<?>) body.get("allocations")).size())).extract().path("id"))
                .longValue();
    }

    private JsonPath target(String code, boolean submitted) {
        var request = api().queryParam("units", "true");
        if (submitted) {
            request = request.queryParam("include", "submitted");
        }
        return request.when().get("/api/v1/targets/" + targets.get(code) + "/progress").then().statusCode(200)
                .extract().jsonPath(DECIMALS);
    }
}
