package vn.planmonitor.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.support.ReviewStandIn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;
import static vn.planmonitor.submission.SubmissionStatus.DRAFT;
import static vn.planmonitor.submission.SubmissionStatus.RETURNED;
import static vn.planmonitor.submission.SubmissionStatus.SUBMITTED;

/**
 * The seven targets of the District 11 plan on a small fixed set of reports, every district figure
 * worked out by hand below. Today is fixed at 2020-06-30 ({@code %test.planmonitor.today}).
 * <p>
 * Who reports what (the seed): T1a, T2 — the 16 wards; T1b — 16 wards + 6 agencies = 22; T3 — 16 wards
 * + 4 public service units = 20; T4 — the Economic Office (PKT) alone; T5 — 16 wards + 6 agencies + 4
 * public service units = 26; T6 — the 11 secondary schools.
 * <p>
 * The reports (APPROVED unless marked). Ward values: officers trained/total (T1a), civil servants
 * trained/total (T1b), database yes/no (T2), models (T3), movement yes/no (T5).
 * <pre>
 *        P01                 P02               P03               P16 (valid until 1 January 2019)
 * 2016   1/2 0/0 no 1 yes    3/3 0/0 yes 0 yes 1/5 0/0 yes 2 no  0/0 0/0 no 1 yes
 * 2017   2/2 5/20 yes 1 yes  3/3 5/10 yes 1 yes 2/5 0/10 yes 1 yes 1/2 2/10 yes 1 yes
 * 2018   2/2 10/20 yes 1 yes 3/3 5/10 yes 1 yes 3/5 5/10 yes 1 yes 2/2 5/10 yes 1 yes
 * 2019   RETURNED 2/2 …      3/3 6/10 yes 1 yes 4/5 6/10 yes 1 yes —
 * 2020   —                   SUBMITTED 3/3 7/10 yes 1 yes  4/5 7/10 yes 1 yes  —
 *
 *        PKT (civil, movement, organisations supported)  PNV (civil, movement)  TTYT (models, movement)
 * 2016   0/0 yes 3                                        0/0 yes                1 yes
 * 2017   3/10 yes 2                                       5/40 yes               0 yes
 * 2018   5/10 yes 4                                       10/40 yes              1 yes
 * 2019   6/10 yes 5                                       12/20 yes              2 yes
 * 2020   7/10 yes 3                                       —                      —
 *
 * Schools (creativity club): 2018 — LUGIA, HAUGIANG, LEANHXUAN, PHUTHO yes; CHUVANAN, NGUYENVANPHU no.
 * 2019 — those six and NGUYENMINHHOANG, LEQUYDON yes; THPT-NGUYENHIEN no. 2020 — LUGIA yes, as a DRAFT.
 * </pre>
 * 2020 is in progress on 2020-06-30: its reports are due on 31 January 2021. Its figures are shown exactly
 * as before, but since issue 16 they are left out of the status and the projection, so four statuses
 * (T1a, T1a with include=submitted, T2's trend, T3 and T4's counts) are judged on 2016–2019; each change
 * is worked out by hand below, and in the CHANGELOG.
 */
@QuarkusTest
class District11ProgressTest extends ProgressApiTest {

    private static final String[] SCHOOLS_2018 = {"THCS-LUGIA", "THCS-HAUGIANG", "THCS-LEANHXUAN", "THCS-PHUTHO"};
    private static final String[] SCHOOLS_2019 = {"THCS-LUGIA", "THCS-HAUGIANG", "THCS-LEANHXUAN", "THCS-PHUTHO",
            "THCS-CHUVANAN", "THCS-NGUYENVANPHU", "THCS-NGUYENMINHHOANG", "THCS-LEQUYDON"};

    @Inject
    ReviewStandIn review;

    private final Map<String, Long> reports = new HashMap<>();
    private final Map<String, Long> targets = new HashMap<>();
    private long planId;

    // ---------------------------------------------------------------- the fixed set of reports

    private static Map<String, Object> ratio(String indicator, int numerator, int denominator) {
        return Map.of("indicatorCode", indicator, "numerator", numerator, "denominator", denominator);
    }

    private static Map<String, Object> answer(String indicator, boolean yes) {
        return Map.of("indicatorCode", indicator, "answer", yes);
    }

    private static Map<String, Object> count(String indicator, int n, String itemPrefix) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(Map.of("name", itemPrefix + " " + i));
        }
        return Map.of("indicatorCode", indicator, "number", n, "items", items);
    }

    private static List<Map<String, Object>> ward(int[] econ, int[] civil, boolean database, int models,
                                                  boolean movement) {
        return List.of(ratio("ECON_OFFICER_TRAINING", econ[0], econ[1]),
                ratio("CIVIL_SERVANT_TRAINING", civil[0], civil[1]), answer("STI_DATABASE", database),
                count("STI_APPLICATION_MODELS", models, "Mô hình"), answer("CREATIVE_MOVEMENT", movement));
    }

    private static int[] of(int numerator, int denominator) {
        return new int[]{numerator, denominator};
    }

    private void report(String unit, int year, SubmissionStatus status, List<Map<String, Object>> values) {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", String.valueOf(year),
                        "values", values))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        reports.put(unit + "/" + year, id);
        if (status != DRAFT) {
            review.setStatus(id, status);
        }
    }

    private void economicOffice(int year, int[] civil, int supported) {
        report("PKT", year, APPROVED, List.of(ratio("CIVIL_SERVANT_TRAINING", civil[0], civil[1]),
                answer("CREATIVE_MOVEMENT", true), count("ENTERPRISES_SUPPORTED", supported, "Doanh nghiệp")));
    }

    private void homeAffairs(int year, int[] civil) {
        report("PNV", year, APPROVED, List.of(ratio("CIVIL_SERVANT_TRAINING", civil[0], civil[1]),
                answer("CREATIVE_MOVEMENT", true)));
    }

    private void healthCentre(int year, int models) {
        report("TTYT", year, APPROVED, List.of(count("STI_APPLICATION_MODELS", models, "Mô hình"),
                answer("CREATIVE_MOVEMENT", true)));
    }

    private void school(String code, int year, SubmissionStatus status, boolean club) {
        report(code, year, status, List.of(answer("CREATIVITY_CLUB", club)));
    }

    /**
     * Once per class, before the first test (a @BeforeEach: REST Assured learns the test port only then).
     * Reports are created through the API as drafts; their review status is then set by the stand-in.
     */
    @BeforeEach
    void reportsOf2016To2020() {
        if (!targets.isEmpty()) {
            return;
        }
        planId = idOf("plans", PLAN);
        for (String code : List.of("T1A", "T1B", "T2", "T3", "T4", "T5", "T6")) {
            targets.put(code, idOf("targets", code));
        }
        report("P01", 2016, APPROVED, ward(of(1, 2), of(0, 0), false, 1, true));
        report("P02", 2016, APPROVED, ward(of(3, 3), of(0, 0), true, 0, true));
        report("P03", 2016, APPROVED, ward(of(1, 5), of(0, 0), true, 2, false));
        report("P16", 2016, APPROVED, ward(of(0, 0), of(0, 0), false, 1, true));
        economicOffice(2016, of(0, 0), 3);
        homeAffairs(2016, of(0, 0));
        healthCentre(2016, 1);

        report("P01", 2017, APPROVED, ward(of(2, 2), of(5, 20), true, 1, true));
        report("P02", 2017, APPROVED, ward(of(3, 3), of(5, 10), true, 1, true));
        report("P03", 2017, APPROVED, ward(of(2, 5), of(0, 10), true, 1, true));
        report("P16", 2017, APPROVED, ward(of(1, 2), of(2, 10), true, 1, true));
        economicOffice(2017, of(3, 10), 2);
        homeAffairs(2017, of(5, 40));
        healthCentre(2017, 0);

        report("P01", 2018, APPROVED, ward(of(2, 2), of(10, 20), true, 1, true));
        report("P02", 2018, APPROVED, ward(of(3, 3), of(5, 10), true, 1, true));
        report("P03", 2018, APPROVED, ward(of(3, 5), of(5, 10), true, 1, true));
        report("P16", 2018, APPROVED, ward(of(2, 2), of(5, 10), true, 1, true));
        economicOffice(2018, of(5, 10), 4);
        homeAffairs(2018, of(10, 40));
        healthCentre(2018, 1);
        for (String code : SCHOOLS_2018) {
            school(code, 2018, APPROVED, true);
        }
        school("THCS-CHUVANAN", 2018, APPROVED, false);
        school("THCS-NGUYENVANPHU", 2018, APPROVED, false);

        // Ward 16 ends after its 2018 report (say, merged into a neighbour), through the API: valid until
        // 1 January 2019, so not expected from 2019 on.
        long p16 = idOf("org-units", "P16");
        api().header("If-Match", etagOf("/api/v1/org-units/" + p16))
                .body(Map.of("code", "P16", "nameVi", "Phường 16", "nameEn", "Ward 16", "type", "WARD",
                        "parentCode", "D11", "validTo", "2019-01-01"))
                .when().put("/api/v1/org-units/" + p16).then().statusCode(200).body("active", equalTo(false));

        report("P01", 2019, RETURNED, ward(of(2, 2), of(10, 20), true, 1, true));
        report("P02", 2019, APPROVED, ward(of(3, 3), of(6, 10), true, 1, true));
        report("P03", 2019, APPROVED, ward(of(4, 5), of(6, 10), true, 1, true));
        economicOffice(2019, of(6, 10), 5);
        homeAffairs(2019, of(12, 20));
        healthCentre(2019, 2);
        for (String code : SCHOOLS_2019) {
            school(code, 2019, APPROVED, true);
        }
        school("THPT-NGUYENHIEN", 2019, APPROVED, false);

        report("P02", 2020, SUBMITTED, ward(of(3, 3), of(7, 10), true, 1, true));
        report("P03", 2020, APPROVED, ward(of(4, 5), of(7, 10), true, 1, true));
        economicOffice(2020, of(7, 10), 3);
        school("THCS-LUGIA", 2020, DRAFT, true);
    }

    // ---------------------------------------------------------------- helpers

    private JsonPath target(String code, Object... query) {
        var request = api();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/targets/" + targets.get(code) + "/progress")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
    }

    private JsonPath plan(Object... query) {
        var request = api();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
    }

    // ---------------------------------------------------------------- the seven targets

    @Test
    void t1aIsTheRatioOfSumsNotTheMeanOfRatios() {
        JsonPath p = target("T1A");
        // 2016: (1 + 3 + 1 + 0) / (2 + 3 + 5 + 0) = 5/10 = 50% — not the mean of ratios (50 + 100 + 20) / 3 = 56.67%.
        // 2017: (2 + 3 + 2 + 1) / (2 + 3 + 5 + 2) = 8/12 = 66.6667%.
        // 2018: (2 + 3 + 3 + 2) / (2 + 3 + 5 + 2) = 10/12 = 83.3333%.
        // 2019: P01 was returned, so only (3 + 4) / (3 + 5) = 7/8 = 87.5%.
        // 2020: P02 is only submitted, so only P03's 4/5 = 80%.
        assertFigures(p, "50", "66.6667", "83.3333", "87.5", "80");
        assertEquals("RATIO_OF_SUMS", p.getString("target.aggregation"));
        assertEquals("T1A", p.getString("target.targetCode"));
        assertEquals(targets.get("T1A").intValue(), p.getInt("target.targetId"));
        assertEquals("ECON_OFFICER_TRAINING", p.getString("target.indicatorCode"));
        assertEquals("RATIO", p.getString("target.valueKind"));
        assertEquals("BY_YEAR", p.getString("target.timing"));
        assertEquals(2020, p.getInt("target.dueYear"));
        assertEquals("%", p.getString("target.unitVi"));
        assertTrue(p.getString("target.statementVi").startsWith("100% cán bộ phụ trách kinh tế phường"));
        assertEquals(PLAN, p.getString("planCode"));
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020"), p.getList("target.periods.period"));
        assertEquals(List.of(2016, 2017, 2018, 2019, 2020), p.getList("target.periods.year"));
        assertEquals("2020-06-29T17:00:00Z", p.getString("generatedAt")); // the fixed day, midnight in Hồ Chí Minh City
        assertTrue(p.getBoolean("target.percentage"));
        assertEquals("%", p.getString("target.unitEn"));
        assertNumber("100", p.get("target.threshold"));
        assertNumber("100", p.get("target.unitThreshold"));
        assertNumber("5", p.get("target.periods[0].numerator"));
        assertNumber("10", p.get("target.periods[0].denominator"));
        assertEquals(false, p.get("target.periods[0].met"));
        // 2016: 15 active wards + Ward 16, inactive now but its 2016 report counts → 16 expected, 4 reported.
        assertEquals(16, p.getInt("target.periods[0].expectedUnits"));
        assertEquals(4, p.getInt("target.periods[0].reportedUnits"));
        assertEquals(12, p.getInt("target.periods[0].missingUnits"));
        assertEquals(1, p.getInt("target.periods[0].meetingUnits")); // only Ward 2's 3/3 = 100% reaches 100%
        assertEquals(16, p.getList("target.periods[0].units").size());
        Map<String, Object> p01 = unit(p, 0, "P01");
        assertNumber("50", p01.get("value"));
        assertNumber("1", p01.get("numerator"));
        assertNumber("2", p01.get("denominator"));
        assertEquals(false, p01.get("meets"));
        assertEquals("APPROVED", p01.get("status"));
        assertNumber("20", unit(p, 0, "P03").get("value")); // 1/5
        assertEquals(true, unit(p, 0, "P02").get("meets"));
        // Ward 16 reported 0 officers in post: its own ratio is no data, and it does not meet.
        Map<String, Object> p16 = unit(p, 0, "P16");
        assertEquals(false, p16.get("active"));
        assertEquals(true, p16.get("counted"));
        assertNull(p16.get("value"));
        assertEquals(false, p16.get("meets"));
        Map<String, Object> p05 = unit(p, 0, "P05");
        assertEquals("MISSING", p05.get("status"));
        assertEquals(false, p05.get("counted"));
        assertNull(p05.get("value"));
        assertEquals(false, p05.get("meets"));
        // 2019: Ward 16 is no longer expected (15 wards); Ward 1's returned report counts as missing.
        assertEquals(15, p.getInt("target.periods[3].expectedUnits"));
        assertEquals(2, p.getInt("target.periods[3].reportedUnits"));
        assertEquals(13, p.getInt("target.periods[3].missingUnits"));
        assertNull(unit(p, 3, "P16"));
        assertEquals("RETURNED", unit(p, 3, "P01").get("status"));
        assertEquals(false, unit(p, 3, "P01").get("counted"));
        assertEquals("SUBMITTED", unit(p, 4, "P02").get("status"));
        assertEquals(false, unit(p, 4, "P02").get("counted"));
        assertEquals("AT_LEAST", p.getString("target.direction"));
        assertNull(p.get("target.thresholdHigh"));
    }

    @Test
    void t1aIsOnTrackByItsTrendTo2020While2020IsInProgress() {
        JsonPath p = target("T1A");
        // 2020 is in progress (its reports are due 2021-01-31): shown — 80%, 1 of 15 wards reported — not judged.
        assertEquals(true, p.get("target.periods[4].inProgress"));
        assertEquals("2021-01-31", p.getString("target.periods[4].reportsDue"));
        assertEquals(1, p.getInt("target.periods[4].reportedUnits"));
        assertEquals(15, p.getInt("target.periods[4].expectedUnits"));
        assertEquals(false, p.get("target.periods[3].inProgress"));
        assertEquals("2020-01-31", p.getString("target.periods[3].reportsDue"));
        // BY_YEAR 2020, latest judged figure 87.5 (2019) < 100. Least squares over 2016–2019 (x̄ = 2017.5):
        // ȳ = (50 + 66.6667 + 83.3333 + 87.5) / 4 = 287.5 / 4 = 71.875;
        // Σ(x−x̄)(y−ȳ) = −1.5×50 − 0.5×66.6667 + 0.5×83.3333 + 1.5×87.5 = 64.5833; Σ(x−x̄)² = 2.25 + 0.25 + 0.25
        // + 2.25 = 5; slope = 12.91666 → 12.9167 a year; at 2020: 71.875 + 12.91666 × 2.5 = 104.1667, kept at 100
        // → ON_TRACK. (Before issue 16 the 80% of June 2020 counted: the line through 2016–2020 reached 89.6667
        // → OFF_TRACK; the same figures give that again once 2020's reports are due, see TargetStatusRuleTest.)
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_MEETS", p.getString("target.statusReason"));
        assertNumber("100", p.get("target.projection.projectedValue"));
        assertNumber("12.9167", p.get("target.projection.slopePerYear"));
        assertEquals("UP", p.getString("target.projection.direction"));
        assertEquals(4, p.getInt("target.projection.basedOnYears"));
        assertEquals(2020, p.getInt("target.projection.dueYear"));
        assertEquals(0, p.getInt("target.yearsMet"));
        assertEquals(4, p.getInt("target.yearsWithData"));
        assertEquals(2019, p.getInt("target.latestYear"));
        assertNumber("87.5", p.get("target.latestFigure"));
        assertFalse(p.getBoolean("target.provisional"));
        assertEquals(2020, p.getInt("currentYear"));
        assertEquals(List.of("APPROVED"), p.getList("countedStatuses"));
    }

    @Test
    void t1bHasNoDataWhereEveryDenominatorIsZeroAndIsAchieved() {
        JsonPath p = target("T1B");
        // 2016: every report says 0 of 0 civil servants → 0/0: no data (ZERO_DENOMINATOR), never 0%.
        // 2017: (5 + 5 + 0 + 2 + 3 + 5) / (20 + 10 + 10 + 10 + 10 + 40) = 20/100 = 20%.
        // 2018: (10 + 5 + 5 + 5 + 5 + 10) / (20 + 10 + 10 + 10 + 10 + 40) = 40/100 = 40%.
        // 2019: (6 + 6 + 6 + 12) / (10 + 10 + 10 + 20) = 30/50 = 60% (P01 returned).
        // 2020: (7 + 7) / (10 + 10) = 14/20 = 70% (P03 and PKT; P02 only submitted).
        assertFigures(p, null, "20", "40", "60", "70");
        assertEquals("ZERO_DENOMINATOR", p.getString("target.periods[0].noDataReason"));
        assertNull(p.get("target.periods[0].met"));
        assertNumber("0", p.get("target.periods[0].numerator"));
        assertNumber("0", p.get("target.periods[0].denominator"));
        // 22 expected in 2016 (16 wards incl. Ward 16, 6 agencies), 6 reported; 21 from 2019.
        assertEquals(22, p.getInt("target.periods[0].expectedUnits"));
        assertEquals(6, p.getInt("target.periods[0].reportedUnits"));
        assertEquals(21, p.getInt("target.periods[3].expectedUnits"));
        // BY_YEAR 2020, threshold 50, 2020 in progress: the latest judged figure, 60% (2019), reaches it →
        // ACHIEVED, as before; 1 of 3 judged years met (before issue 16: 60 and 70 met, 2 of 4).
        assertEquals("ACHIEVED", p.getString("target.status"));
        assertEquals("THRESHOLD_REACHED", p.getString("target.statusReason"));
        assertEquals(1, p.getInt("target.yearsMet"));
        assertEquals(3, p.getInt("target.yearsWithData"));
        // Trend over 2017–2019 (x̄ = 2018, ȳ = 120/3 = 40): Σ(x−x̄)(y−ȳ) = −1×20 + 0 + 1×60 = 40; Σ(x−x̄)² = 2;
        // slope 20; at 2020: 40 + 20 × 2 = 80. (Before: over 2017–2020, slope 17, at 2020 73.)
        assertNumber("80", p.get("target.projection.projectedValue"));
        assertNumber("20", p.get("target.projection.slopePerYear"));
        assertEquals(3, p.getInt("target.projection.basedOnYears"));
    }

    @Test
    void t2IsTheShareOfWardsWithADatabaseAndMissingWardsDoNotMeet() {
        JsonPath p = target("T2");
        // 2016: P02, P03 yes of 16 expected → 2/16 = 12.5%. 2017 and 2018: P01, P02, P03, P16 yes → 4/16 = 25%.
        // 2019: P02, P03 yes of 15 expected (P16 gone, P01 returned) → 2/15 = 13.3333%. 2020: P03 → 1/15 = 6.6667%.
        assertFigures(p, "12.5", "25", "25", "13.3333", "6.6667");
        assertEquals(2, p.getInt("target.periods[0].meetingUnits"));
        assertNumber("2", p.get("target.periods[0].numerator"));
        assertNumber("16", p.get("target.periods[0].denominator"));
        assertEquals(12, p.getInt("target.periods[0].missingUnits"));
        assertNumber("1", p.get("target.unitThreshold"));
        assertNumber("0", unit(p, 0, "P01").get("value")); // "no" is 0
        assertNumber("1", unit(p, 0, "P02").get("value")); // "yes" is 1
        // Trend over the judged years 2016–2019 (2020 in progress): x̄ = 2017.5, ȳ = 75.8333 / 4 = 18.958325;
        // Σ(x−x̄)(y−ȳ) = −1.5×12.5 − 0.5×25 + 0.5×25 + 1.5×13.3333 = 1.24995; Σ(x−x̄)² = 5; slope 0.24999 → 0.25;
        // at 2020: 18.958325 + 0.24999 × 2.5 = 19.5833, far below 90% of 100 → OFF_TRACK, as before, but the
        // line now points UP (before issue 16, with June 2020's 6.6667%: slope −2.3333, 11.8333, DOWN).
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_SHORT", p.getString("target.statusReason"));
        assertNumber("19.5833", p.get("target.projection.projectedValue"));
        assertNumber("0.25", p.get("target.projection.slopePerYear"));
        assertEquals("UP", p.getString("target.projection.direction"));
    }

    @Test
    void t3IsTheShareOfUnitsWithAtLeastOneModelEveryYear() {
        JsonPath p = target("T3");
        // 20 expected in 2016–2018 (16 wards incl. Ward 16, 4 public service units), 19 from 2019.
        // 2016: P01 1, P03 2, P16 1, TTYT 1 (P02 has 0) → 4/20 = 20%. 2017: the four wards → 4/20 = 20% (TTYT 0).
        // 2018: all five → 5/20 = 25%. 2019: P02, P03, TTYT → 3/19 = 15.7895%. 2020: P03 → 1/19 = 5.2632%.
        assertFigures(p, "20", "20", "25", "15.7895", "5.2632");
        assertEquals(20, p.getInt("target.periods[0].expectedUnits"));
        assertEquals(19, p.getInt("target.periods[3].expectedUnits"));
        assertEquals(false, unit(p, 0, "P02").get("meets"));
        assertNumber("0", unit(p, 0, "P02").get("value"));
        assertEquals(true, unit(p, 0, "P03").get("meets"));
        // EVERY_YEAR: the latest judged year with data, 2019 (2020 is in progress), missed 100% → OFF_TRACK, as
        // before; no year met, 4 judged years with a figure (before issue 16: 5, latest 2020's 5.2632%).
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(0, p.getInt("target.yearsMet"));
        assertEquals(4, p.getInt("target.yearsWithData"));
        assertEquals(2019, p.getInt("target.latestYear"));
        assertNumber("15.7895", p.get("target.latestFigure"));
        assertNull(p.get("target.projection"));
    }

    @Test
    void t4IsTheSumOfOrganisationsSupportedEveryYear() {
        JsonPath p = target("T4");
        // The Economic Office alone: 3, 2, 4, 5, 3 organisations; at least 3 a year → 2017 missed.
        assertFigures(p, "3", "2", "4", "5", "3");
        assertEquals(List.of(true, false, true, true, true), p.getList("target.periods.met"));
        assertNull(p.get("target.periods[0].numerator"));
        assertNull(p.get("target.periods[0].meetingUnits"));
        assertNull(p.get("target.unitThreshold"));
        assertNull(unit(p, 0, "PKT").get("meets"));
        assertEquals(1, p.getInt("target.periods[0].expectedUnits"));
        assertEquals("organisations", p.getString("target.unitEn"));
        assertFalse(p.getBoolean("target.percentage"));
        // EVERY_YEAR, 2020 in progress: the latest judged year, 2019, met (5), but 2017 missed → AT_RISK, as
        // before; 3 of 4 judged years met (before issue 16: 4 of 5, latest 2020's 3).
        assertEquals("AT_RISK", p.getString("target.status"));
        assertEquals("EARLIER_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(3, p.getInt("target.yearsMet"));
        assertEquals(4, p.getInt("target.yearsWithData"));
        assertEquals(2019, p.getInt("target.latestYear"));
        assertNumber("5", p.get("target.latestFigure"));
    }

    @Test
    void t5IsTheShareOfUnitsRunningACreativeMovement() {
        JsonPath p = target("T5");
        // 26 expected (16 wards, 6 agencies, 4 public service units) until 2018, 25 after.
        // 2016: P01, P02, P16, PKT, PNV, TTYT yes (P03 no) → 6/26 = 23.0769%. 2017, 2018: all seven → 7/26 = 26.9231%.
        // 2019: P02, P03, PKT, PNV, TTYT → 5/25 = 20%. 2020: P03, PKT → 2/25 = 8%.
        assertFigures(p, "23.0769", "26.9231", "26.9231", "20", "8");
        assertEquals(26, p.getInt("target.periods[0].expectedUnits"));
        assertEquals(25, p.getInt("target.periods[4].expectedUnits"));
        assertEquals(23, p.getInt("target.periods[4].missingUnits"));
        assertEquals("OFF_TRACK", p.getString("target.status"));
    }

    @Test
    void t6IsOnTrackByTheTrendOfTwoYearsAndADraftDoesNotCount() {
        JsonPath p = target("T6");
        // 2016, 2017: no school reported → no data. 2018: 4 yes of 11 schools = 36.3636% (the 5 silent schools and
        // the 2 "no" do not meet). 2019: 8 of 11 = 72.7273%. 2020: one draft only → no data.
        assertFigures(p, null, null, "36.3636", "72.7273", null);
        assertEquals("NO_REPORTS", p.getString("target.periods[0].noDataReason"));
        assertEquals("NO_REPORTS", p.getString("target.periods[4].noDataReason"));
        assertEquals(11, p.getInt("target.periods[4].missingUnits"));
        assertEquals("DRAFT", unit(p, 4, "THCS-LUGIA").get("status"));
        assertEquals(4, p.getInt("target.periods[2].meetingUnits"));
        assertEquals(6, p.getInt("target.periods[2].reportedUnits"));
        // BY_YEAR 2020: the line through 2018 and 2019 rises 72.7273 − 36.3636 = 36.3637 a year; at 2020:
        // 72.7273 + 36.3637 = 109.091, shown as 100 (a share stops at 100%) → ON_TRACK.
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_MEETS", p.getString("target.statusReason"));
        assertNumber("100", p.get("target.projection.projectedValue"));
        assertNumber("36.3637", p.get("target.projection.slopePerYear"));
        assertEquals(2, p.getInt("target.projection.basedOnYears"));
        assertEquals(2019, p.getInt("target.latestYear"));
    }

    // ---------------------------------------------------------------- options, the plan, liveness

    @Test
    void includeSubmittedCountsPendingReportsAndMarksTheFigureProvisional() {
        JsonPath p = target("T1A", "include", "submitted");
        // 2020 with Ward 2's submitted 3/3: (3 + 4) / (3 + 5) = 7/8 = 87.5%, provisional; 2019 stays approved-only.
        assertNumber("87.5", p.get("target.periods[4].figure"));
        assertTrue(p.getBoolean("target.periods[4].provisional"));
        assertFalse(p.getBoolean("target.periods[3].provisional"));
        assertTrue(p.getBoolean("target.provisional"));
        assertEquals(true, unit(p, 4, "P02").get("counted"));
        assertEquals(List.of("APPROVED", "SUBMITTED"), p.getList("countedStatuses"));
        // 2020 is in progress, so the provisional 87.5% does not move the status: judged on 2016–2019 like the
        // approved-only answer → ON_TRACK at 100. (Before issue 16 it counted: ȳ = (50 + 66.6667 + 83.3333 + 87.5
        // + 87.5) / 5 = 75; slope 9.5833; at 2020: 94.1667, at least 90% of 100 → AT_RISK.)
        assertEquals("ON_TRACK", p.getString("target.status"));
        assertEquals("PROJECTION_MEETS", p.getString("target.statusReason"));
        assertNumber("100", p.get("target.projection.projectedValue"));
        assertEquals(true, p.get("target.periods[4].inProgress"));
        // T3 2020: P02's submitted 1 model joins P03's → 2/19 = 10.5263%.
        JsonPath t3 = target("T3", "include", "submitted", "from", 2020, "to", 2020);
        assertNumber("10.5263", t3.get("target.periods[0].figure"));
    }

    @Test
    void thePlanAnswersForEveryTargetInItsOrder() {
        JsonPath p = plan();
        assertEquals(PLAN, p.getString("planCode"));
        assertEquals(2016, p.getInt("from"));
        assertEquals(2020, p.getInt("to"));
        assertNotNull(p.get("generatedAt"));
        assertEquals(List.of("T1A", "T1B", "T2", "T3", "T4", "T5", "T6"), p.getList("targets.targetCode"));
        // T1a is ON_TRACK while 2020 is in progress (OFF_TRACK before issue 16); the six others as before.
        assertEquals(List.of("ON_TRACK", "ACHIEVED", "OFF_TRACK", "OFF_TRACK", "AT_RISK", "OFF_TRACK", "ON_TRACK"),
                p.getList("targets.status"));
        assertNumber("50", p.get("targets[0].periods[0].figure"));
        assertNull(p.get("targets[0].periods[0].units")); // units only when asked for
        // A window of years shows those periods; the status still looks at the whole plan.
        JsonPath window = plan("from", 2019, "to", 2020, "units", true);
        assertEquals(List.of("2019", "2020"), window.getList("targets[0].periods.period"));
        assertEquals("ON_TRACK", window.getString("targets[0].status"));
        assertEquals(15, window.getList("targets[0].periods[0].units").size());
        JsonPath provisional = plan("include", "submitted");
        assertEquals("ON_TRACK", provisional.getString("targets[0].status"));
    }

    @Test
    void aFigureChangesTheMomentAReportIsApproved() {
        long lugia2020 = reports.get("THCS-LUGIA/2020");
        assertNull(target("T6", "from", 2020, "to", 2020).get("target.periods[0].figure"));
        try {
            review.setStatus(lugia2020, APPROVED);
            // 1 of 11 schools → 9.0909%, right away: no rebuild, no cache.
            JsonPath p = target("T6", "from", 2020, "to", 2020);
            assertNumber("9.0909", p.get("target.periods[0].figure"));
            // But not the status: 2020 is in progress (1 of 11 schools reported), so one club in June does not
            // make the target fail. Still judged on 2018–2019 → ON_TRACK at 100. (Before issue 16: 36.3636,
            // 72.7273, 9.0909 → slope −13.6364, at 2020 25.7576 → OFF_TRACK, the "June" failure.)
            assertEquals(true, p.get("target.periods[0].inProgress"));
            assertEquals(1, p.getInt("target.periods[0].reportedUnits"));
            assertEquals(11, p.getInt("target.periods[0].expectedUnits"));
            assertEquals("ON_TRACK", p.getString("target.status"));
            assertNumber("100", p.get("target.projection.projectedValue"));
            review.setStatus(lugia2020, RETURNED);
            assertNull(target("T6", "from", 2020, "to", 2020).get("target.periods[0].figure"));
        } finally {
            review.setStatus(lugia2020, DRAFT);
        }
    }

    @Test
    void theCompletenessMatrixShowsEveryWardYearByYear() {
        JsonPath m = api().queryParam("type", "WARD").when().get("/api/v1/plans/" + planId + "/completeness-matrix")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020"), m.getList("periods.period"));
        assertEquals("WARD", m.getString("type"));
        assertEquals(PLAN, m.getString("planCode"));
        assertEquals(2016, m.getInt("from"));
        assertEquals(2020, m.getInt("to"));
        assertEquals(2020, m.getInt("currentYear"));
        // 2019 (due 2020-01-31), 15 wards expected: the 12 missing (P04–P15) are overdue on 2020-06-30;
        // Ward 1's returned report and Ward 2's and 3's approved ones were first submitted when this test
        // ran, after the due date: 12 + 1 + 2 = 15 late.
        assertEquals(15, m.getInt("periods[3].lateUnits"));
        assertEquals("2017-01-31", m.getString("periods[0].dueDate"));
        // 16 ward rows: the 15 active wards and Ward 16, inactive but with reports.
        assertEquals(16, m.getList("units").size());
        assertEquals(16, m.getInt("periods[0].expectedUnits"));
        assertEquals(4, m.getInt("periods[0].receivedUnits"));
        assertEquals(15, m.getInt("periods[3].expectedUnits"));
        assertEquals(2, m.getInt("periods[3].approvedUnits"));
        assertEquals(2, m.getInt("periods[4].receivedUnits")); // P02 submitted, P03 approved
        assertEquals(1, m.getInt("periods[4].approvedUnits"));
        Map<String, Object> p01 = m.getMap("units.find { it.orgUnitCode == 'P01' }");
        List<Map<String, Object>> cells = m.getList("units.find { it.orgUnitCode == 'P01' }.cells");
        assertEquals("RETURNED", cells.get(3).get("status"));
        assertEquals(true, cells.get(3).get("late")); // due 2020-01-31, first submitted when this test ran
        assertEquals("MISSING", cells.get(4).get("status"));
        assertEquals(false, cells.get(4).get("late")); // 2020 is due 2021-01-31
        assertNull(cells.get(4).get("submissionId"));
        assertEquals("Phường 1", p01.get("nameVi"));
        assertEquals("Ward 1", p01.get("nameEn"));
        assertEquals("WARD", p01.get("type"));
        assertEquals(true, p01.get("active"));
        assertEquals(reports.get("P01/2019").intValue(), cells.get(3).get("submissionId"));
        assertNotNull(cells.get(3).get("lastChangedAt"));
        assertNull(cells.get(4).get("lastChangedAt"));
        List<Map<String, Object>> p16 = m.getList("units.find { it.orgUnitCode == 'P16' }.cells");
        assertEquals("APPROVED", p16.get(0).get("status"));
        assertEquals("NOT_EXPECTED", p16.get(3).get("status"));
        assertEquals(false, p16.get(3).get("late"));
        List<Map<String, Object>> p04 = m.getList("units.find { it.orgUnitCode == 'P04' }.cells");
        assertEquals("MISSING", p04.get(0).get("status"));
        assertEquals(true, p04.get(0).get("late"));
        JsonPath schools = api().queryParam("type", "SCHOOL").queryParam("from", 2020).queryParam("to", 2020)
                .when().get("/api/v1/plans/" + planId + "/completeness-matrix")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals(11, schools.getList("units").size());
        assertEquals("DRAFT", schools.getString("units.find { it.orgUnitCode == 'THCS-LUGIA' }.cells[0].status"));
        assertEquals(0, schools.getInt("periods[0].receivedUnits"));
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        String progress = "/api/v1/targets/" + targets.get("T1A") + "/progress";
        problem(api().queryParam("from", 2015).queryParam("to", 2021).when().get(progress).then(), 400, "validation")
                .body("errors", fieldError("from", "outside-plan"))
                .body("errors", fieldError("to", "outside-plan"));
        problem(api().queryParam("from", 2019).queryParam("to", 2018).when().get(progress).then(), 400, "validation")
                .body("errors", fieldError("to", "before-from"));
        problem(api().queryParam("from", "2019a").queryParam("include", "drafts").queryParam("units", "yes")
                .when().get(progress).then(), 400, "validation")
                .body("errors", fieldError("from", "not-an-integer"))
                .body("errors", fieldError("include", "not-one-of"))
                .body("errors", fieldError("units", "not-a-boolean"));
        problem(api().queryParam("to", 2030).when().get("/api/v1/plans/" + planId + "/progress").then(), 400,
                "validation").body("errors", fieldError("to", "outside-plan"));
        problem(api().queryParam("type", "CITY").when().get("/api/v1/plans/" + planId + "/completeness-matrix")
                .then(), 400, "validation").body("errors", fieldError("type", "not-one-of"));
        problem(api().when().get("/api/v1/targets/999999/progress").then(), 404, "not-found");
        problem(api().when().get("/api/v1/plans/999999/progress").then(), 404, "not-found");
        problem(api().header("Accept-Language", "en").when().get("/api/v1/plans/999999/completeness-matrix").then(),
                404, "not-found").body("detail", equalTo("There is no plan with id 999999."));
    }
}
