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
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Targets that must fall (K4, K5), stay within a band (K6), count units whose value stays low, or add up
 * over the period (K7), by milestones (K10), or change from a baseline (K8, K9), through the API, every figure worked out by hand. District 11's plan is extended to 2021 so that K4's worked
 * example of issue 16 (2021–2023 → 2025) holds four years earlier: 2017–2019 → 2021. Today is 2020-06-30, so
 * 2020 is in progress (due 31 January 2021) and 2021 is in the future.
 * <p>
 * Only the Economic Office (PKT) reports, approved (civil servants trained / in post; organisations supported):
 * <pre>
 * 2016   —
 * 2017   9/1000 = 0.9%    3
 * 2018   8/1000 = 0.8%    2
 * 2019   6/1000 = 0.6%    5
 * 2020   1/1000 = 0.1%    9   (in progress: shown, not judged)
 * </pre>
 * The 21 wards and agencies that also report civil servants trained send nothing: a ratio of sums is PKT's own.
 */
@QuarkusTest
class TargetKindsProgressTest extends ProgressApiTest {


    @Inject
    ReviewStandIn review;

    private final Map<String, Long> targets = new HashMap<>();
    private long planId;

    @BeforeEach
    void reportsAndTargets() {
        if (!targets.isEmpty()) {
            return;
        }
        planId = idOf("plans", PLAN);
        extendPlanTo(planId, 2021);
        int[][] civil = {{9, 1000}, {8, 1000}, {6, 1000}, {1, 1000}};
        int[] supported = {3, 2, 5, 9};
        for (int i = 0; i < civil.length; i++) {
            economicOffice(2017 + i, civil[i], supported[i]);
        }
        create("K4", "CIVIL_SERVANT_TRAINING", "RATIO_OF_SUMS", "AT_MOST", "0.5", null, null, 2021);
        create("K5", "CIVIL_SERVANT_TRAINING", "RATIO_OF_SUMS", "AT_MOST", "0.7", null, null, null);
        create("K6", "CIVIL_SERVANT_TRAINING", "RATIO_OF_SUMS", "BETWEEN", "0.7", "0.85", null, null);
        create("KS", "ENTERPRISES_SUPPORTED", "SHARE_OF_UNITS_MEETING", "AT_MOST", "100", null, "4", null);
        targets.put("K7", createCumulative("K7", "15", 2021));
        targets.put("K10", createWithMilestones("K10", "10", List.of(milestone(2017, "3"), milestone(2018, "4"),
                milestone(2019, "5"))));
        targets.put("K10M", createWithMilestones("K10M", "10", List.of(milestone(2019, "6"))));
        targets.put("K10C", createWithMilestones("K10C", "6", List.of(milestone(2019, "6"))));
        targets.put("K8", fromBaseline("K8", "CHANGE_PERCENT", "200", 2021, 2015, "2"));
        targets.put("K8A", fromBaseline("K8A", "CHANGE_ABSOLUTE", "4", null, 2016, "4"));
        targets.put("K8Z", fromBaseline("K8Z", "CHANGE_PERCENT", "10", 2021, 2016, "0"));
        targets.put("K8N", fromBaseline("K8N", "CHANGE_PERCENT", "10", 2021, 2016, null));
        targets.put("K8P", fromBaseline("K8P", "CHANGE_PERCENT", "10", 2021, 2020, null));
        targets.put("K9", fromBaseline("K9", "AVERAGE_GROWTH", "8", 2021, 2017, null));
        targets.put("K8D", fromBaseline("K8D", "CHANGE_PERCENT", "AT_MOST", "-10", 2018, 2017, null));
        targets.put("K8E", fromBaseline("K8E", "CHANGE_PERCENT", "AT_MOST", "-10", null, 2018, null));
        targets.put("K9N", fromBaseline("K9N", "AVERAGE_GROWTH", "AT_LEAST", "-2", null, 2017, null));
    }

    // ---------------------------------------------------------------- K8, K9: from a baseline

    @Test
    void aChangeFromABaselineIsJudgedAndProjectedLikeALevel() {
        JsonPath p = target("K8");
        // At least +200% on 2 organisations in 2015 (entered: before the plan). (3 − 2) ÷ 2 × 100 = 50,
        // (2 − 2) ÷ 2 = 0, (5 − 2) ÷ 2 = 150, (9 − 2) ÷ 2 = 350 (2020, in progress).
        List<Object> compared = p.getList("target.periods.compared");
        assertNull(compared.get(0));
        assertNumber("50", compared.get(1));
        assertNumber("0", compared.get(2));
        assertNumber("150", compared.get(3));
        assertNumber("350", compared.get(4));
        assertNull(compared.get(5));
        assertEquals(Arrays.asList(null, false, false, false, true, null), p.getList("target.periods.met"));
        // Judged 2017–2019: 50, 0, 150; x̄ = 2018, ȳ = 66.6667; slope (−50 + 150) ÷ 2 = 50; at 2021:
        // 66.6667 + 3 × 50 = 216.6667 ≥ 200 → ON_TRACK (a change is not kept within 0–100).
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_MEETS", p.getString("target.statusReason"));
        assertNumber("216.6667", p.get("target.projection.projectedValue"));
        assertNumber("150", p.get("target.latestFigure"));
        assertEquals(2015, p.getInt("target.baseline.year"));
        assertNumber("2", p.get("target.baseline.value"));
        assertEquals(false, p.get("target.baseline.fromData"));
        // The figures themselves are unchanged; a unit is not judged against a change.
        assertFigures(p, null, "3", "2", "5", "9", null);
        assertNull(unit(p, 3, "PKT").get("meets"));
        assertNull(p.get("target.periods[3].yearOnYearGrowth"));
    }

    @Test
    void anAbsoluteChangeMayBeNegativeAndEveryYearCountsFromAfterTheBaseline() {
        JsonPath p = target("K8A");
        // At least +4 on 4 in 2016, every year: 3 − 4 = −1, 2 − 4 = −2, 5 − 4 = 1, 9 − 4 = 5 (in progress).
        List<Object> compared = p.getList("target.periods.compared");
        assertNumber("-1", compared.get(1));
        assertNumber("-2", compared.get(2));
        assertNumber("1", compared.get(3));
        assertNumber("5", compared.get(4));
        assertEquals(Arrays.asList(null, false, false, false, true, null), p.getList("target.periods.met"));
        // 2016 is the baseline year: not judged. 2017–2019 all missed → OFF_TRACK on the latest.
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(0, p.getInt("target.yearsMet"));
        assertEquals(3, p.getInt("target.yearsWithData"));
    }

    @Test
    void averageGrowthGivesEachYearsGrowthToo() {
        JsonPath p = target("K9");
        // From 2017's own figure, 3 (fromData). 2018: (2/3)^(1/1) − 1 = −33.3333%; 2019: (5/3)^(1/2) =
        // 1.2909944… → 29.0994%; 2020: 3^(1/3) = 1.4422496… → 44.2250% (in progress).
        assertEquals(2017, p.getInt("target.baseline.year"));
        assertNumber("3", p.get("target.baseline.value"));
        assertEquals(true, p.get("target.baseline.fromData"));
        List<Object> compared = p.getList("target.periods.compared");
        assertNull(compared.get(1));
        assertNumber("-33.3333", compared.get(2));
        assertNumber("29.0994", compared.get(3));
        assertNumber("44.225", compared.get(4));
        assertEquals(Arrays.asList(null, "BEFORE_BASELINE", null, null, null, null),
                p.getList("target.periods.comparedNoDataReason"));
        // Year on year: 2017 has no year before with a figure; (2 − 3) ÷ 3 = −33.3333, (5 − 2) ÷ 2 = 150,
        // (9 − 5) ÷ 5 = 80.
        List<Object> yoy = p.getList("target.periods.yearOnYearGrowth");
        assertNull(yoy.get(0));
        assertNull(yoy.get(1));
        assertNumber("-33.3333", yoy.get(2));
        assertNumber("150", yoy.get(3));
        assertNumber("80", yoy.get(4));
        assertNull(yoy.get(5));
        // At least 8% a year by 2021: 2019's 29.0994 already reaches it.
        assertEquals("ACHIEVED", p.getString("target.status"));
        assertEquals("THRESHOLD_REACHED", p.getString("target.statusReason"));
    }

    @Test
    void aDecreaseOfTenPercentIsAChangeOfAtMostMinusTen() {
        // "Giảm 10% so với năm 2017" by 2018: at most −10, from 2017's own figure 3.
        // 2018: (2 − 3) ÷ 3 × 100 = −33.3333 ≤ −10 → met; 2019: (5 − 3) ÷ 3 × 100 = 66.6667 → not met;
        // 2020 (in progress): (9 − 3) ÷ 3 × 100 = 200.
        JsonPath met = target("K8D");
        List<Object> compared = met.getList("target.periods.compared");
        assertNumber("-33.3333", compared.get(2));
        assertNumber("66.6667", compared.get(3));
        assertNumber("200", compared.get(4));
        assertEquals(true, met.getList("target.periods.met").get(2));
        assertEquals(false, met.getList("target.periods.met").get(3));
        assertNumber("-10", met.get("target.threshold"));
        // Due 2018, whose −33.3333 already reaches it.
        assertEquals("ACHIEVED", met.getString("target.status"));
        assertEquals("THRESHOLD_REACHED", met.getString("target.statusReason"));
        // Every year from 2018's 2: 2019 (5 − 2) ÷ 2 × 100 = 150 > −10 → the latest year missed.
        JsonPath missed = target("K8E");
        assertNumber("150", missed.getList("target.periods.compared").get(3));
        assertEquals(false, missed.getList("target.periods.met").get(3));
        assertEquals("OFF_TRACK", missed.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", missed.getString("target.statusReason"));
        assertEquals(0, missed.getInt("target.yearsMet"));
        assertEquals(1, missed.getInt("target.yearsWithData"));
    }

    @Test
    void aNegativeGrowthThresholdIsJudgedLikeAnyOther() {
        // Average growth at least −2% a year from 2017 (3), every year: 2018 (2/3) − 1 = −33.3333 < −2 → missed;
        // 2019 (5/3)^(1/2) − 1 = 29.0994 ≥ −2 → met. The latest met, an earlier missed → AT_RISK.
        JsonPath p = target("K9N");
        assertNumber("-33.3333", p.getList("target.periods.compared").get(2));
        assertNumber("29.0994", p.getList("target.periods.compared").get(3));
        assertEquals(Arrays.asList(false, true), p.getList("target.periods.met").subList(2, 4));
        assertEquals("AT_RISK", p.getString("target.status"));
        assertEquals("EARLIER_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(1, p.getInt("target.yearsMet"));
        assertEquals(2, p.getInt("target.yearsWithData"));
    }

    @Test
    void aThresholdIsNegativeOnlyWhereTheMeasureAllowsIt() {
        // A level or a running sum of organisations is never negative.
        Map<String, Object> level = baselineBody("KNL", "LEVEL", "-1", 2021, null, null);
        level.remove("baseline");
        problem(api().body(level).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("threshold", "out-of-range"));
        level.put("measure", "CUMULATIVE");
        problem(api().body(level).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("threshold", "out-of-range"));
        level.put("measure", "LEVEL");
        level.put("threshold", 1);
        level.put("direction", "BETWEEN");
        level.put("thresholdHigh", -1);
        problem(api().body(level).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "out-of-range"));
        // A change in percent cannot fall below −100% (the figure would be below 0); in the unit, any fall.
        Map<String, Object> percent = baselineBody("KNP", "CHANGE_PERCENT", "-100.5", 2021, 2017, null);
        problem(api().body(percent).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("threshold", "out-of-range"));
        percent.put("measure", "AVERAGE_GROWTH");
        problem(api().body(percent).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("threshold", "out-of-range"));
        percent.put("measure", "CHANGE_PERCENT");
        percent.put("direction", "BETWEEN");
        percent.put("threshold", -100);
        percent.put("thresholdHigh", -100.0001);
        problem(api().body(percent).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "out-of-range"));
        Map<String, Object> absolute = baselineBody("KNA", "CHANGE_ABSOLUTE", "-150", 2021, 2017, null);
        long id = ((Number) api().body(absolute).when().post("/api/v1/targets").then().statusCode(201)
                .body("threshold", equalTo(-150)).extract().path("id")).longValue();
        api().header("If-Match", etagOf("/api/v1/targets/" + id)).delete("/api/v1/targets/" + id).then()
                .statusCode(204);
    }

    @Test
    void aZeroMissingOrUnfinishedBaselineGivesNoDataNeverInfinity() {
        // A baseline of 0: every change in percent is undefined.
        JsonPath zero = target("K8Z");
        assertEquals(Arrays.asList(null, "BASELINE_ZERO", "BASELINE_ZERO", "BASELINE_ZERO", "BASELINE_ZERO", null),
                zero.getList("target.periods.comparedNoDataReason"));
        assertEquals(Arrays.asList(null, null, null, null, null, null), zero.getList("target.periods.compared"));
        assertEquals("NO_DATA", zero.getString("target.status"));
        // 2016 from the data: nobody reported that year, so there is no baseline.
        JsonPath none = target("K8N");
        assertNull(none.get("target.baseline.value"));
        assertEquals(Arrays.asList(null, "NO_BASELINE", "NO_BASELINE", "NO_BASELINE", "NO_BASELINE", null),
                none.getList("target.periods.comparedNoDataReason"));
        assertEquals("NO_DATA", none.getString("target.status"));
        assertEquals("NO_FIGURES", none.getString("target.statusReason"));
        // 2020 from the data, on 30 June 2020: in progress, so no baseline yet (its 9 is provisional).
        JsonPath unfinished = target("K8P");
        assertNull(unfinished.get("target.baseline.value"));
        assertEquals(Arrays.asList(null, "BEFORE_BASELINE", "BEFORE_BASELINE", "BEFORE_BASELINE", "BEFORE_BASELINE",
                null), unfinished.getList("target.periods.comparedNoDataReason"));
        assertEquals("NO_DATA", unfinished.getString("target.status"));
    }

    @Test
    void aPutWithoutABaselineKeepsItWhileTheMeasureNeedsOne() {
        long id = fromBaseline("K8K", "CHANGE_PERCENT", "10", 2021, 2016, "4");
        String path = "/api/v1/targets/" + id;
        Map<String, Object> body = baselineBody("K8K", "CHANGE_PERCENT", "20", 2021, 2016, "4");
        body.remove("baseline");
        body.remove("measure");
        body.put("reason", "Nghị quyết điều chỉnh mục tiêu tăng lên 20%");
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("measure", equalTo("CHANGE_PERCENT")).body("baseline.year", equalTo(2016))
                .body("baseline.value", equalTo(4));
        // Back to a level: the baseline goes with the measure.
        body.put("measure", "LEVEL");
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("baseline", org.hamcrest.Matchers.nullValue());
        api().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
    }

    @Test
    void aBaselineIsCheckedAgainstTheMeasureAndThePlan() {
        Map<String, Object> body = baselineBody("K8X", "CHANGE_PERCENT", "10", 2021, null, null);
        body.remove("baseline");
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("baseline", "required"));
        body = baselineBody("K8X", "LEVEL", "10", 2021, 2016, "3");
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("baseline", "baseline-only-for-change"));
        body = baselineBody("K8X", "AVERAGE_GROWTH", "10", 2021, 2022, "3");
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("baseline.year", "out-of-range"));
        body = baselineBody("K8X", "AVERAGE_GROWTH", "10", 2021, 2021, null);
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("baseline.year", "baseline-not-before-due-year"));
        body = baselineBody("K8X", "CHANGE_ABSOLUTE", "10", 2021, 2015, null);
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("baseline.value", "baseline-value-before-plan"));
        body = baselineBody("K8X", "CHANGE_PERCENT", "150", 2021, 2016, "3");
        body.put("aggregation", "SHARE_OF_UNITS_MEETING");
        body.put("unitThreshold", 1);
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("measure", "change-not-for-share"));
        api().when().get("/api/v1/targets?plan=" + PLAN + "&size=100").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("K8X")));
    }

    // ---------------------------------------------------------------- K10: milestones

    @Test
    void eachMilestoneYearIsJudgedAgainstItsOwnMilestone() {
        JsonPath p = target("K10");
        // Organisations supported, at least 3 in 2017, 4 in 2018, 5 in 2019, and the target's own 10 by 2021.
        assertFigures(p, null, "3", "2", "5", "9", null);
        // The threshold in force each year: none in 2016 and 2020 (no milestone: shown, not judged).
        List<Object> thresholds = p.getList("target.periods.threshold");
        assertNull(thresholds.get(0));
        assertNumber("3", thresholds.get(1));
        assertNumber("4", thresholds.get(2));
        assertNumber("5", thresholds.get(3));
        assertNull(thresholds.get(4));
        assertNumber("10", thresholds.get(5));
        // 3 ≥ 3 ✓, 2 < 4 ✗, 5 ≥ 5 ✓; 2020's 9 is not judged (no milestone, and in progress); 2021 has no figure.
        assertEquals(Arrays.asList(null, true, false, true, null, null), p.getList("target.periods.met"));
        // The latest judged milestone year, 2019, met its own → ON_TRACK, though 5 is far from the final 10.
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("MILESTONE_MET", p.getString("target.statusReason"));
        assertEquals(2, p.getInt("target.yearsMet"));
        assertEquals(3, p.getInt("target.yearsWithData"));
        assertEquals(2019, p.getInt("target.latestYear"));
        assertNumber("5", p.get("target.latestFigure"));
        // The line through 2017–2019 (3, 2, 5): x̄ = 2018, ȳ = 10/3; Σ(x−x̄)(y−ȳ) = −1 × (3 − 10/3) + 1 × (5 − 10/3)
        // = 2; Σ(x−x̄)² = 2; slope 1; at 2021: 10/3 + 3 = 6.3333, read against the final milestone.
        assertNumber("6.3333", p.get("target.projection.projectedValue"));
        assertNumber("1", p.get("target.projection.slopePerYear"));
        assertEquals(2021, p.getInt("target.projection.dueYear"));
        // The target itself lists its milestones, in year order.
        JsonPath t = api().when().get("/api/v1/targets/" + targets.get("K10")).then().statusCode(200)
                .extract().jsonPath(DECIMALS);
        assertEquals(List.of(2017, 2018, 2019), t.getList("milestones.year"));
        assertNumber("4", t.get("milestones[1].threshold"));
        assertNull(t.get("milestones[1].thresholdHigh"));
    }

    @Test
    void aMissedMilestoneIsAtRiskOnlyWhenTheLineReachesTheFinalOne() {
        // At least 6 in 2019: 5 missed it. The line reads 6.3333 at 2021.
        JsonPath missed = target("K10M");
        assertEquals(Arrays.asList(null, null, null, false, null, null), missed.getList("target.periods.met"));
        // … against a final 10: short → OFF_TRACK.
        assertEquals("OFF_TRACK", missed.getString("target.status"));
        assertEquals("MILESTONE_MISSED", missed.getString("target.statusReason"));
        assertEquals(0, missed.getInt("target.yearsMet"));
        assertEquals(1, missed.getInt("target.yearsWithData"));
        // … against a final 6: 6.3333 ≥ 6 → AT_RISK, catching up.
        JsonPath catching = target("K10C");
        assertEquals("AT_RISK", catching.getString("target.status"));
        assertEquals("MILESTONE_MISSED_CATCHING_UP", catching.getString("target.statusReason"));
        assertNumber("6.3333", catching.get("target.projection.projectedValue"));
    }

    @Test
    void milestonesAreCheckedOneByOne() {
        Map<String, Object> body = milestoneBody("K10X", "10", List.of(milestone(2015, "1"), milestone(2017, "2"),
                Map.of("year", 2017, "threshold", 3, "thresholdHigh", 5), milestone(2021, "8")));
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("milestones[0].year", "outside-plan"))
                .body("errors", fieldError("milestones[2].year", "duplicate"))
                .body("errors", fieldError("milestones[2].thresholdHigh", "only-for-between"))
                .body("errors", fieldError("milestones[3].year", "milestone-not-before-due-year"));
        body.put("milestones", List.of(milestone(2018, "4")));
        body.put("timing", "EVERY_YEAR");
        body.remove("dueYear");
        body.put("measure", "CUMULATIVE");
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("milestones", "milestones-need-by-year"))
                .body("errors", fieldError("milestones", "milestones-need-level"));
        // A band's milestones are bands, low end not above the high end.
        body.put("timing", "BY_YEAR");
        body.put("dueYear", 2021);
        body.remove("measure");
        body.put("direction", "BETWEEN");
        body.put("thresholdHigh", 20);
        body.put("milestones", List.of(milestone(2018, "4"), Map.of("year", 2019, "threshold", 6, "thresholdHigh", 5)));
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("milestones[0].thresholdHigh", "required"))
                .body("errors", fieldError("milestones[1].thresholdHigh", "band-low-above-high"));
        // Nothing was saved.
        api().when().get("/api/v1/targets?plan=" + PLAN + "&size=100").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("K10X")));
    }

    @Test
    void aPutWithoutMilestonesKeepsThemAndAnEmptyListRemovesThem() {
        long id = createWithMilestones("K10P", "10", List.of(milestone(2017, "3"), milestone(2019, "5")));
        String path = "/api/v1/targets/" + id;
        Map<String, Object> body = milestoneBody("K10P", "12", null);
        body.remove("milestones");
        body.put("reason", "Điều chỉnh lộ trình theo kết quả giữa kỳ");
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("threshold", equalTo(12)).body("milestones.year", equalTo(List.of(2017, 2019)));
        body.put("milestones", List.of(milestone(2018, "7")));
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("milestones.year", equalTo(List.of(2018)));
        body.put("milestones", List.of());
        api().header("If-Match", etagOf(path)).body(body).put(path).then().statusCode(200)
                .body("milestones", equalTo(List.of()));
        // Without milestones it is an ordinary by-year target again: every year judged against 12.
        JsonPath p = api().when().get(path + "/progress").then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals(Arrays.asList(null, false, false, false, false, null), p.getList("target.periods.met"));
        assertNumber("12", p.getList("target.periods.threshold").get(1));
        api().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
    }

    // ---------------------------------------------------------------- K7: cumulative over the period

    @Test
    void aCumulativeTargetIsJudgedOnItsRunningSumAgainstTheShareOfThePeriodGone() {
        JsonPath p = target("K7");
        assertEquals("CUMULATIVE", p.getString("target.measure"));
        // Organisations supported 2016–2021 (the plan extended): none, 3, 2, 5, 9 (2020 in progress), future.
        assertFigures(p, null, "3", "2", "5", "9", null);
        // Running sums from 2016: none yet, 3, 5, 10, 19 — and none for 2021, which has not begun.
        List<Object> sums = p.getList("target.periods.compared");
        assertNull(sums.get(0));
        assertNumber("3", sums.get(1));
        assertNumber("5", sums.get(2));
        assertNumber("10", sums.get(3));
        assertNumber("19", sums.get(4));
        assertNull(sums.get(5));
        // Each year's "met" is its running sum against the whole 15: only 2020's 19 (in progress, not judged).
        assertEquals(Arrays.asList(null, false, false, false, true, null), p.getList("target.periods.met"));
        // Judged: up to 2019, 4 of the 6 years 2016–2021 gone: the straight share is 15 × 4/6 = 10; the running
        // sum is 10 → ON_TRACK, exactly on the line. Not ACHIEVED: 2020's 19 is not judged before 31 January 2021.
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PACE_MET", p.getString("target.statusReason"));
        assertEquals(4, p.getInt("target.pace.yearsGone"));
        assertEquals(6, p.getInt("target.pace.yearsTotal"));
        assertNumber("10", p.get("target.pace.expectedSoFar"));
        assertNull(p.get("target.pace.expectedHighSoFar"));
        assertNull(p.get("target.projection"));
        assertEquals(2019, p.getInt("target.latestYear"));
        assertNumber("10", p.get("target.latestFigure"));
        assertEquals(0, p.getInt("target.yearsMet"));
    }

    @Test
    void aCumulativeTargetMustBeASumDueByAYear() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "K7X");
        body.put("planCode", PLAN);
        body.put("indicatorCode", "CIVIL_SERVANT_TRAINING");
        body.put("statementVi", "Mục tiêu K7X");
        body.put("statementEn", "Target K7X");
        body.put("aggregation", "RATIO_OF_SUMS");
        body.put("measure", "CUMULATIVE");
        body.put("threshold", 50);
        body.put("timing", "EVERY_YEAR");
        problem(api().body(body).when().post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("measure", "cumulative-needs-sum"))
                .body("errors", fieldError("measure", "cumulative-needs-by-year"));
    }

    // ---------------------------------------------------------------- K4: at most, by a year

    @Test
    void anAtMostTargetIsOnTrackWhenTheLineFallsToIt() {
        JsonPath p = target("K4");
        assertFigures(p, null, "0.9", "0.8", "0.6", "0.1", null);
        assertEquals("AT_MOST", p.getString("target.direction"));
        // 2020's 0.1% would already meet "at most 0.5%", but 2020 is in progress: not judged, not ACHIEVED.
        assertEquals(true, p.get("target.periods[4].inProgress"));
        assertEquals(true, p.get("target.periods[4].met"));
        // Judged: 2017–2019, latest 0.6 > 0.5 → not met. Least squares: x̄ = 2018, ȳ = 2.3 / 3 = 0.766667;
        // Σ(x−x̄)(y−ȳ) = −1 × 0.9 + 0 + 1 × 0.6 = −0.3; Σ(x−x̄)² = 2; slope −0.15 a year;
        // at 2021: 0.766667 − 0.15 × 3 = 0.316667 → 0.3167 ≤ 0.5 → ON_TRACK (the line falls to the threshold).
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_MEETS", p.getString("target.statusReason"));
        assertNumber("0.3167", p.get("target.projection.projectedValue"));
        assertNumber("-0.15", p.get("target.projection.slopePerYear"));
        assertEquals("DOWN", p.getString("target.projection.direction"));
        assertEquals(3, p.getInt("target.projection.basedOnYears"));
        assertEquals(2021, p.getInt("target.projection.dueYear"));
        assertEquals(0, p.getInt("target.yearsMet"));
        assertEquals(3, p.getInt("target.yearsWithData"));
        assertEquals(2019, p.getInt("target.latestYear"));
        // Each unit is judged the same way: PKT's own 0.6% is above 0.5%, a ward that sent nothing does not meet.
        assertEquals(false, unit(p, 3, "PKT").get("meets"));
        assertEquals(false, unit(p, 3, "P01").get("meets"));
        assertEquals(true, unit(p, 4, "PKT").get("meets"));
        // 2016: expected units, none reported: no data, never 0% (which would "meet" an at-most target).
        assertEquals("NO_REPORTS", p.getString("target.periods[0].noDataReason"));
        assertNull(p.get("target.periods[0].met"));
        assertEquals("FUTURE_PERIOD", p.getString("target.periods[5].noDataReason"));
    }

    // ---------------------------------------------------------------- K5: at most, every year, a missing year

    @Test
    void anAtMostTargetEveryYearCountsAMissingYearAsMissed() {
        JsonPath p = target("K5");
        // At most 0.7% every year: 2016 no data, 2017 0.9 ✗, 2018 0.8 ✗, 2019 0.6 ✓ (2020 in progress).
        assertEquals(Arrays.asList(null, false, false, true, true, null), p.getList("target.periods.met"));
        // The latest judged year met it, earlier ones did not (and 2016 has no figure) → AT_RISK; 1 of 3 met.
        assertEquals("AT_RISK", p.getString("target.status"));
        assertEquals("EARLIER_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(1, p.getInt("target.yearsMet"));
        assertEquals(3, p.getInt("target.yearsWithData"));
        assertNumber("0.6", p.get("target.latestFigure"));
        assertNull(p.get("target.projection"));
    }

    // ---------------------------------------------------------------- K6: within a band

    @Test
    void aBandIsMetOnlyBetweenItsEnds() {
        JsonPath p = target("K6");
        assertEquals("BETWEEN", p.getString("target.direction"));
        assertNumber("0.7", p.get("target.threshold"));
        assertNumber("0.85", p.get("target.thresholdHigh"));
        // 0.7 ≤ figure ≤ 0.85: 2017 0.9 above ✗, 2018 0.8 ✓, 2019 0.6 below ✗, 2020 0.1 ✗ (not judged).
        assertEquals(Arrays.asList(null, false, true, false, false, null), p.getList("target.periods.met"));
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(1, p.getInt("target.yearsMet"));
        // A unit is judged against the band too: PKT's 0.8% in 2018 is inside it.
        assertEquals(true, unit(p, 2, "PKT").get("meets"));
        assertEquals(false, unit(p, 1, "PKT").get("meets"));
    }

    // ---------------------------------------------------------------- a share of units staying low

    @Test
    void aShareOfUnitsJudgesEachUnitAtMostAndTheShareAtLeast() {
        JsonPath p = target("KS");
        // PKT alone is expected. It meets "at most 4 organisations" with 3 and 2, not with 5 or 9:
        // 2017, 2018: 1 of 1 = 100%; 2019, 2020: 0 of 1 = 0%. The share must reach at least 100%.
        assertFigures(p, null, "100", "100", "0", "0", null);
        assertEquals(Arrays.asList(null, true, true, false, false, null), p.getList("target.periods.met"));
        assertEquals(1, p.getInt("target.periods[1].meetingUnits"));
        assertEquals(0, p.getInt("target.periods[3].meetingUnits"));
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(2, p.getInt("target.yearsMet"));
        assertNumber("4", p.get("target.unitThreshold"));
    }

    @Test
    void theSummariesGiveTheSameFiguresAsTheUnitByUnitPath() {
        // The plan's progress reads the summaries (ProgressCells: the direction in its SQL); a target's own
        // progress computes the shown years unit by unit. Same figures, meeting counts and statuses.
        JsonPath plan = api().when().get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .extract().jsonPath(DECIMALS);
        for (String code : List.of("K4", "K5", "K6", "KS", "K10", "K8", "K9")) {
            JsonPath one = target(code);
            String prefix = "targets.find { it.targetCode == '" + code + "' }";
            assertEquals(one.getList("target.periods.figure"), plan.getList(prefix + ".periods.figure"), code);
            assertEquals(one.getList("target.periods.met"), plan.getList(prefix + ".periods.met"), code);
            assertEquals(one.getList("target.periods.meetingUnits"), plan.getList(prefix + ".periods.meetingUnits"),
                    code);
            assertEquals(one.getString("target.status"), plan.getString(prefix + ".status"), code);
            // Same shape as the plan's answer: the target as the one element of `targets` (and, deprecated,
            // again as `target`), with the fields of a plan's target.
            assertEquals(1, one.getList("targets").size(), code);
            assertEquals(one.getMap("target"), one.getMap("targets[0]"), code);
            assertEquals(plan.getMap(prefix).keySet(), one.getMap("targets[0]").keySet(), code);
        }
        assertEquals(plan.getMap("$").keySet(), withoutDeprecatedTarget(target("K4").getMap("$")), "top-level fields");
    }

    // ---------------------------------------------------------------- helpers

    private static java.util.Set<String> withoutDeprecatedTarget(Map<String, Object> answer) {
        java.util.Set<String> keys = new java.util.HashSet<>(answer.keySet());
        keys.remove("target");
        return keys;
    }

    private void economicOffice(int year, int[] civil, int supported) {
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (int i = 1; i <= supported; i++) {
            organisations.add(Map.of("name", "Doanh nghiệp " + i));
        }
        List<Map<String, Object>> values = List.of(
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", civil[0], "denominator", civil[1]),
                Map.of("indicatorCode", "ENTERPRISES_SUPPORTED", "number", supported, "items", organisations));
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "PKT", "period",
                        String.valueOf(year), "values", values))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        review.setStatus(id, SubmissionStatus.APPROVED);
    }

    private void create(String code, String indicator, String aggregation, String direction, String threshold,
                        String high, String unitThreshold, Integer dueYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", indicator);
        body.put("statementVi", "Mục tiêu " + code);
        body.put("statementEn", "Target " + code);
        body.put("aggregation", aggregation);
        body.put("direction", direction);
        body.put("threshold", new BigDecimal(threshold));
        if (high != null) {
            body.put("thresholdHigh", new BigDecimal(high));
        }
        if (unitThreshold != null) {
            body.put("unitThreshold", new BigDecimal(unitThreshold));
        }
        body.put("timing", dueYear == null ? "EVERY_YEAR" : "BY_YEAR");
        if (dueYear != null) {
            body.put("dueYear", dueYear);
        }
        long id = ((Number) api().body(body).when().post("/api/v1/targets").then().statusCode(201)
                .body("direction", equalTo(direction)).extract().path("id")).longValue();
        targets.put(code, id);
    }

    private static long createCumulative(String code, String threshold, int dueYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", "ENTERPRISES_SUPPORTED");
        body.put("statementVi", "Giai đoạn hỗ trợ ít nhất " + threshold + " doanh nghiệp");
        body.put("statementEn", "At least " + threshold + " enterprises supported over the period");
        body.put("aggregation", "SUM");
        body.put("measure", "CUMULATIVE");
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", "BY_YEAR");
        body.put("dueYear", dueYear);
        return ((Number) api().body(body).when().post("/api/v1/targets").then().statusCode(201)
                .body("measure", equalTo("CUMULATIVE")).extract().path("id")).longValue();
    }

    /** Organisations supported, compared with a baseline; {@code dueYear} null: every year. */
    private static Map<String, Object> baselineBody(String code, String measure, String threshold, Integer dueYear,
                                                    Integer baselineYear, String baselineValue) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", "ENTERPRISES_SUPPORTED");
        body.put("statementVi", "Số doanh nghiệp được hỗ trợ tăng so với năm " + baselineYear);
        body.put("statementEn", "Enterprises supported, up on " + baselineYear);
        body.put("aggregation", "SUM");
        body.put("measure", measure);
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", dueYear == null ? "EVERY_YEAR" : "BY_YEAR");
        if (dueYear != null) {
            body.put("dueYear", dueYear);
        }
        Map<String, Object> baseline = new HashMap<>();
        baseline.put("year", baselineYear);
        baseline.put("value", baselineValue == null ? null : new BigDecimal(baselineValue));
        body.put("baseline", baseline);
        return body;
    }

    private static long fromBaseline(String code, String measure, String threshold, Integer dueYear,
                                     int baselineYear, String baselineValue) {
        return fromBaseline(code, measure, "AT_LEAST", threshold, dueYear, baselineYear, baselineValue);
    }

    private static long fromBaseline(String code, String measure, String direction, String threshold,
                                     Integer dueYear, int baselineYear, String baselineValue) {
        Map<String, Object> body = baselineBody(code, measure, threshold, dueYear, baselineYear, baselineValue);
        body.put("direction", direction);
        return ((Number) api().body(body)
                .when().post("/api/v1/targets").then().statusCode(201).body("measure", equalTo(measure))
                .body("baseline.year", equalTo(baselineYear)).extract().path("id")).longValue();
    }

    private static Map<String, Object> milestone(int year, String threshold) {
        return Map.of("year", year, "threshold", new BigDecimal(threshold));
    }

    /** At least {@code threshold} organisations supported by 2021, with these milestones. */
    private static Map<String, Object> milestoneBody(String code, String threshold, List<Map<String, Object>> milestones) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", "ENTERPRISES_SUPPORTED");
        body.put("statementVi", "Hỗ trợ " + threshold + " doanh nghiệp vào năm 2021, theo lộ trình");
        body.put("statementEn", threshold + " enterprises supported by 2021, by milestones");
        body.put("aggregation", "SUM");
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", "BY_YEAR");
        body.put("dueYear", 2021);
        body.put("milestones", milestones);
        return body;
    }

    private static long createWithMilestones(String code, String threshold, List<Map<String, Object>> milestones) {
        return ((Number) api().body(milestoneBody(code, threshold, milestones)).when().post("/api/v1/targets").then()
                .statusCode(201).body("milestones.size()", equalTo(milestones.size())).extract().path("id"))
                .longValue();
    }

    private JsonPath target(String code) {
        return api().when().get("/api/v1/targets/" + targets.get(code) + "/progress").then().statusCode(200)
                .extract().jsonPath(DECIMALS);
    }
}
