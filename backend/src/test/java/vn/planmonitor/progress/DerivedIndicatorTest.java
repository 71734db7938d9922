package vn.planmonitor.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.ReviewStandIn;
import vn.planmonitor.support.TargetProgressAnswers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planmonitor.support.TargetProgressAnswers.assertNumber;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;
import static vn.planmonitor.submission.SubmissionStatus.RETURNED;
import static vn.planmonitor.submission.SubmissionStatus.SUBMITTED;

/**
 * Derived indicators (K12) through the API, on the District 11 plan with indicators of its own, every
 * figure worked out by hand. Today is 2020-06-30. "Chi cho KH&CN đạt 1% GRDP": the spending on S&T
 * (STI_SPENDING, tỷ đồng) is reported by three agencies (PKT, PNV, PTCKH), the GRDP by the district (D11);
 * other S&T spending (OTHER_SPENDING) by PKT alone.
 * <pre>
 *        STI_SPENDING                               OTHER_SPENDING  GRDP
 * 2016   PKT 2, PNV 1, PTCKH 3                      PKT 1           500
 * 2017   PKT 2, PNV 2 RETURNED, PTCKH 1 SUBMITTED   —               400
 * 2018   PKT 4                                      —               —
 * 2019   PKT 0, PNV 0                               —               0
 * 2020   PKT 3 (PNV, PTCKH not yet)                 —               600
 * </pre>
 * SPEND_SHARE = STI_SPENDING ÷ GRDP × 100; TOTAL_SPENDING = STI_SPENDING + OTHER_SPENDING;
 * TOTAL_SHARE = TOTAL_SPENDING ÷ GRDP × 100 (a formula over a formula).
 */
@QuarkusTest
class DerivedIndicatorTest extends ApiTest {

    private static final String INDICATORS = "/api/v1/indicators";

    @Inject
    ReviewStandIn review;

    private final Map<String, Long> reports = new HashMap<>();
    private final Map<String, Long> targets = new HashMap<>();

    private static Map<String, Object> reported(String code, String periodType, List<String> types,
                                                List<String> units) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("nameVi", "Chỉ tiêu " + code);
        body.put("nameEn", "Indicator " + code);
        body.put("unitVi", "tỷ đồng");
        body.put("unitEn", "billion VND");
        body.put("periodType", periodType);
        body.put("valueKind", "NUMBER");
        body.put("reportingUnitTypes", types);
        body.put("reportingUnitCodes", units);
        return body;
    }

    private static Map<String, Object> derived(String code, String operator, String a, String b, Object factor) {
        Map<String, Object> formula = new HashMap<>();
        formula.put("operator", operator);
        formula.put("a", a);
        formula.put("b", b);
        formula.put("factor", factor);
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("nameVi", "Chỉ tiêu tính toán " + code);
        body.put("nameEn", "Derived " + code);
        body.put("unitVi", "%");
        body.put("unitEn", "%");
        body.put("formula", formula);
        return body;
    }

    private static long create(Map<String, Object> indicator) {
        return ((Number) api().body(indicator).post(INDICATORS).then().statusCode(201).extract().path("id")).longValue();
    }

    private long target(String code, String indicator, String aggregation, String threshold, String timing,
                        Integer dueYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", indicator);
        body.put("statementVi", "Mục tiêu " + code);
        body.put("statementEn", "Target " + code);
        body.put("aggregation", aggregation);
        body.put("threshold", new BigDecimal(threshold));
        body.put("timing", timing);
        body.put("dueYear", dueYear);
        long id = ((Number) api().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id"))
                .longValue();
        targets.put(code, id);
        return id;
    }

    private void report(String unit, int year, SubmissionStatus status, Map<String, Number> values) {
        List<Map<String, Object>> list = values.entrySet().stream()
                .map(e -> Map.<String, Object>of("indicatorCode", e.getKey(), "number", e.getValue())).toList();
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", String.valueOf(year),
                "values", list)).post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        reports.put(unit + "/" + year, id);
        review.setStatus(id, status);
    }

    /** Once per class (REST Assured learns the test port only before each test). */
    @BeforeEach
    void indicatorsTargetsAndReports() {
        if (!targets.isEmpty()) {
            return;
        }
        create(reported("STI_SPENDING", "YEARLY", List.of("AGENCY"), List.of("PKT", "PNV", "PTCKH")));
        create(reported("OTHER_SPENDING", "YEARLY", List.of("AGENCY"), List.of("PKT")));
        create(reported("GRDP", "YEARLY", List.of("DISTRICT"), List.of()));
        create(derived("SPEND_SHARE", "RATIO", "STI_SPENDING", "GRDP", null));
        Map<String, Object> total = derived("TOTAL_SPENDING", "SUM", "STI_SPENDING", "OTHER_SPENDING", null);
        total.put("unitVi", "tỷ đồng");
        total.put("unitEn", "billion VND");
        create(total);
        create(derived("TOTAL_SHARE", "RATIO", "TOTAL_SPENDING", "GRDP", null));
        target("K12_BY_2020", "SPEND_SHARE", "RATIO_OF_SUMS", "1", "BY_YEAR", 2020);
        target("K12_EVERY_YEAR", "SPEND_SHARE", "RATIO_OF_SUMS", "1", "EVERY_YEAR", null);
        target("K12_TOTAL", "TOTAL_SPENDING", "SUM", "5", "EVERY_YEAR", null);
        target("K12_TOTAL_SHARE", "TOTAL_SHARE", "RATIO_OF_SUMS", "1", "BY_YEAR", 2020);

        report("PKT", 2016, APPROVED, Map.of("STI_SPENDING", 2, "OTHER_SPENDING", 1));
        report("PNV", 2016, APPROVED, Map.of("STI_SPENDING", 1));
        report("PTCKH", 2016, APPROVED, Map.of("STI_SPENDING", 3));
        report("D11", 2016, APPROVED, Map.of("GRDP", 500));
        report("PKT", 2017, APPROVED, Map.of("STI_SPENDING", 2));
        report("PNV", 2017, RETURNED, Map.of("STI_SPENDING", 2));
        report("PTCKH", 2017, SUBMITTED, Map.of("STI_SPENDING", 1));
        report("D11", 2017, APPROVED, Map.of("GRDP", 400));
        report("PKT", 2018, APPROVED, Map.of("STI_SPENDING", 4));
        report("PKT", 2019, APPROVED, Map.of("STI_SPENDING", 0));
        report("PNV", 2019, APPROVED, Map.of("STI_SPENDING", 0));
        report("D11", 2019, APPROVED, Map.of("GRDP", 0));
        report("PKT", 2020, APPROVED, Map.of("STI_SPENDING", 3));
        report("D11", 2020, APPROVED, Map.of("GRDP", 600));
    }

    private JsonPath progress(String target, Object... query) {
        return TargetProgressAnswers.progress(targets.get(target), query);
    }

    @Test
    void theRatioIsTheSumOfSpendingOverTheDistrictsGrdpYearByYear() {
        JsonPath p = progress("K12_BY_2020");
        // 2016: (2 + 1 + 3) / 500 × 100 = 1.2% — over every counted report of each operand, whoever reports it.
        assertNumber("1.2", p.get("target.periods[0].figure"));
        assertNumber("6", p.get("target.periods[0].numerator"));
        assertNumber("500", p.get("target.periods[0].denominator"));
        assertEquals(true, p.get("target.periods[0].met"));
        // Reports of the operands: 3 agencies + the district expected, all 4 counted.
        assertEquals(4, p.getInt("target.periods[0].expectedUnits"));
        assertEquals(4, p.getInt("target.periods[0].reportedUnits"));
        assertNull(p.get("target.periods[0].meetingUnits"));
        assertNull(p.get("target.unitThreshold"));
        // 2017: PNV's returned report is missing, PTCKH's is waiting: 2 / 400 = 0.5%.
        assertNumber("0.5", p.get("target.periods[1].figure"));
        assertEquals(2, p.getInt("target.periods[1].reportedUnits"));
        assertEquals(2, p.getInt("target.periods[1].missingUnits"));
        // 2018: spending reported, the GRDP not: no data, never 4 / 0 nor 0%.
        assertNull(p.get("target.periods[2].figure"));
        assertEquals("NO_REPORTS", p.getString("target.periods[2].noDataReason"));
        // 2019: a GRDP of 0 — no data with its reason.
        assertNull(p.get("target.periods[3].figure"));
        assertEquals("ZERO_DENOMINATOR", p.getString("target.periods[3].noDataReason"));
        // 2020, partly reported: PKT's 3 of the 3 agencies' spending over 600 = 0.5%; 2 of 4 reports missing.
        assertNumber("0.5", p.get("target.periods[4].figure"));
        assertEquals(2, p.getInt("target.periods[4].missingUnits"));
        assertTrue(p.getBoolean("target.percentage"));
    }

    @Test
    void pendingReportsCountOnlyWhenAskedForAndTheFigureIsProvisional() {
        JsonPath p = progress("K12_BY_2020", "include", "submitted", "from", 2017, "to", 2017);
        // (2 + 1) / 400 × 100 = 0.75%.
        assertNumber("0.75", p.get("target.periods[0].figure"));
        assertTrue(p.getBoolean("target.periods[0].provisional"));
    }

    @Test
    void everyYearTargetIsOffTrackWhenTheLatestYearMisses() {
        JsonPath p = progress("K12_EVERY_YEAR");
        // 2016 1.2 met; 2017 0.5 missed; 2018, 2019 no figure; 2020 (0.5 so far) in progress, not judged.
        // The latest judged year with a figure, 2017, missed → OFF_TRACK.
        assertEquals("OFF_TRACK", p.getString("target.status"));
        assertEquals("LATEST_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(1, p.getInt("target.yearsMet"));
        assertEquals(2, p.getInt("target.yearsWithData"));
        assertEquals(2017, p.getInt("target.latestYear"));
        assertNumber("0.5", p.get("target.latestFigure"));
    }

    @Test
    void aFormulaOverAFormulaAddsItsOperandsFirst() {
        // TOTAL_SPENDING 2016: 6 + 1 = 7; 2017: OTHER_SPENDING has no counted report → no data, not 2.
        JsonPath total = progress("K12_TOTAL", "units", "true");
        assertNumber("7", total.get("target.periods[0].figure"));
        assertNull(total.get("target.periods[1].figure"));
        assertEquals("NO_REPORTS", total.getString("target.periods[1].noDataReason"));
        // A unit's own figure only where it reports both operands: PKT 2 + 1 = 3; PNV has none.
        Map<String, Object> pkt = total.getMap("target.periods[0].units.find { it.orgUnitCode == 'PKT' }");
        assertNumber("3", pkt.get("value"));
        Map<String, Object> pnv = total.getMap("target.periods[0].units.find { it.orgUnitCode == 'PNV' }");
        assertNull(pnv.get("value"));
        assertEquals(true, pnv.get("counted"));
        // TOTAL_SHARE 2016: (6 + 1) / 500 × 100 = 1.4%.
        assertNumber("1.4", progress("K12_TOTAL_SHARE").get("target.periods[0].figure"));
        // No unit reports both spending and the GRDP: nobody has a share of their own.
        JsonPath share = progress("K12_BY_2020", "units", "true", "from", 2016, "to", 2016);
        assertEquals(List.of("D11", "PKT", "PNV", "PTCKH"), share.getList("target.periods[0].units.orgUnitCode"));
        assertEquals(List.of(), share.getList("target.periods[0].units.findAll { it.value != null }"));
        assertNumber("1.2", share.get("target.periods[0].figure"));
    }

    @Test
    void theFigureChangesInTheTransactionThatApprovesOrReturnsAnOperandsReport() {
        long ptckh2017 = reports.get("PTCKH/2017");
        try {
            review.setStatus(ptckh2017, APPROVED);
            // (2 + 1) / 400 = 0.75%, at once.
            assertNumber("0.75", progress("K12_BY_2020", "from", 2017, "to", 2017).get("target.periods[0].figure"));
            review.setStatus(reports.get("D11/2017"), RETURNED);
            JsonPath p = progress("K12_BY_2020", "from", 2017, "to", 2017);
            assertNull(p.get("target.periods[0].figure"));
            assertEquals("NO_REPORTS", p.getString("target.periods[0].noDataReason"));
        } finally {
            review.setStatus(reports.get("D11/2017"), APPROVED);
            review.setStatus(ptckh2017, SUBMITTED);
        }
        assertNumber("0.5", progress("K12_BY_2020", "from", 2017, "to", 2017).get("target.periods[0].figure"));
    }

    @Test
    void badFormulasAreRefusedWithFieldErrors() {
        problem(api().body(derived("X_SELF", "RATIO", "X_SELF", "GRDP", null)).post(INDICATORS).then(), 400,
                "validation").body("errors", fieldError("formula.a", "formula-cycle"));
        problem(api().body(derived("X_BOOL", "RATIO", "STI_SPENDING", "STI_DATABASE", null)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.b", "operand-boolean"));
        problem(api().body(derived("X_PCT", "SUM", "ECON_OFFICER_TRAINING", "NOPE", null)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.a", "operand-percentage"))
                .body("errors", fieldError("formula.b", "unknown-code"));
        problem(api().body(derived("X_PCT2", "SCALE", "SPEND_SHARE", null, 2)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.a", "operand-percentage"));
        problem(api().body(derived("X_SCALE", "SCALE", "GRDP", "STI_SPENDING", null)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.factor", "required"))
                .body("errors", fieldError("formula.b", "only-for-two-operands"));
        problem(api().body(derived("X_NOB", "DIFFERENCE", "GRDP", null, 3)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.b", "required"))
                .body("errors", fieldError("formula.factor", "only-for-scale"));
        Map<String, Object> reportedBySomeone = derived("X_UNITS", "SUM", "GRDP", "STI_SPENDING", null);
        reportedBySomeone.put("reportingUnitTypes", List.of("WARD"));
        reportedBySomeone.put("valueKind", "BOOLEAN");
        problem(api().body(reportedBySomeone).post(INDICATORS).then(), 400, "validation")
                .body("errors", fieldError("reportingUnitTypes", "not-for-derived"))
                .body("errors", fieldError("valueKind", "derived-kind"));
        create(reported("MONTHLY_SPENDING", "MONTHLY", List.of("AGENCY"), List.of()));
        problem(api().body(derived("X_MONTHS", "SUM", "GRDP", "MONTHLY_SPENDING", null)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.b", "operand-period-type"));
        // Another plan's indicator.
        api().body(Map.of("code", "OTHER-PLAN", "titleVi", "Kế hoạch khác", "titleEn", "Another plan",
                "firstYear", 2021, "lastYear", 2025, "issuingBodyVi", "UBND quận 11",
                "issuingBodyEn", "District 11 People's Committee")).post("/api/v1/plans").then().statusCode(201);
        Map<String, Object> elsewhere = reported("ELSEWHERE", "YEARLY", List.of("AGENCY"), List.of());
        elsewhere.put("planCode", "OTHER-PLAN");
        create(elsewhere);
        problem(api().body(derived("X_PLAN", "SUM", "GRDP", "ELSEWHERE", null)).post(INDICATORS).then(),
                400, "validation").body("errors", fieldError("formula.b", "indicator-other-plan"));
        // A cycle through two formulas: D1 = GRDP × 2, D2 = D1 + OTHER_SPENDING, then D1 = D2 × 2.
        long d1 = create(derived("X_D1", "SCALE", "GRDP", null, 2));
        create(derived("X_D2", "SUM", "X_D1", "OTHER_SPENDING", null));
        problem(api().header("If-Match", etagOf(INDICATORS + "/" + d1)).body(derived("X_D1", "SCALE", "X_D2", null, 2))
                .put(INDICATORS + "/" + d1).then(), 400, "validation")
                .body("errors", fieldError("formula.a", "formula-cycle"));
        // A target over a derived figure needs the sums, not each unit's own value.
        Map<String, Object> share = new HashMap<>(Map.of("code", "X_T", "planCode", PLAN, "indicatorCode", "SPEND_SHARE",
                "statementVi", "x", "statementEn", "x", "aggregation", "SHARE_OF_UNITS_MEETING", "unitThreshold", 1,
                "threshold", 50, "timing", "EVERY_YEAR"));
        problem(api().body(share).post("/api/v1/targets").then(), 400, "validation")
                .body("errors", fieldError("aggregation", "aggregation-not-for-derived"));
        api().get(INDICATORS + "/" + idOf("indicators", "SPEND_SHARE")).then().statusCode(200)
                .body("valueKind", equalTo("RATIO")).body("formula.operator", equalTo("RATIO"))
                .body("formula.a", equalTo("STI_SPENDING")).body("formula.b", equalTo("GRDP"))
                .body("reportingUnitTypes", equalTo(List.of()));
    }

    @Test
    void anOperandCannotBeDeletedOrDeactivatedWhileAFormulaUsesIt() {
        long grdp = idOf("indicators", "GRDP");
        String path = INDICATORS + "/" + grdp;
        problem(api().header("If-Match", etagOf(path)).delete(path).then(), 409, "indicator-used-in-formula");
        Map<String, Object> body = reported("GRDP", "YEARLY", List.of("DISTRICT"), List.of());
        body.put("active", false);
        problem(api().header("If-Match", etagOf(path)).body(body).put(path).then(), 409, "indicator-used-in-formula");
        api().get(path).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void nobodyReportsADerivedIndicatorNorImportsItNorFindsItInATemplate() {
        problem(api().body(Map.of("planCode", PLAN, "orgUnitCode", "PKT", "period", "2018", "values",
                        List.of(Map.of("indicatorCode", "TOTAL_SPENDING", "number", 5)))).post("/api/v1/submissions").then(),
                400, "validation").body("errors", fieldError("values[0].indicatorCode", "derived-indicator"));
        api().body(Map.of("dataSet", PLAN, "dataValues", List.of(Map.of("dataElement", "TOTAL_SPENDING", "orgUnit", "PKT",
                        "period", "2018", "value", "5")))).post("/api/v1/dataValueSets").then().statusCode(409)
                .body("conflicts.find { it.errorCode == 'E7628' }.object", equalTo("TOTAL_SPENDING"));
        String exported = api().queryParam("plan", PLAN).queryParam("format", "csv").get("/api/v1/dataValueSets")
                .then().statusCode(200).extract().asString();
        assertTrue(exported.contains("STI_SPENDING,2016,PKT"), exported);
        assertFalse(exported.contains("SPEND_SHARE") || exported.contains("TOTAL_SPENDING"), exported);
        api().get(INDICATORS + "/" + idOf("indicators", "TOTAL_SPENDING")).then().body("formula.factor", nullValue());
    }

    @Test
    void aNegativeDifferenceHasNoAverageGrowthAndNoFailure() {
        Map<String, Object> gap = derived("SPENDING_GAP", "DIFFERENCE", "OTHER_SPENDING", "STI_SPENDING", null);
        gap.put("unitVi", "tỷ đồng");
        gap.put("unitEn", "billion VND");
        create(gap);
        Map<String, Object> body = new HashMap<>();
        body.put("code", "K9_GAP");
        body.put("planCode", PLAN);
        body.put("indicatorCode", "SPENDING_GAP");
        body.put("statementVi", "Chênh lệch tăng bình quân 5%/năm");
        body.put("statementEn", "The gap grows 5% a year on average");
        body.put("aggregation", "SUM");
        body.put("threshold", new BigDecimal("5"));
        body.put("timing", "BY_YEAR");
        body.put("dueYear", 2020);
        body.put("measure", "AVERAGE_GROWTH");
        body.put("baseline", Map.of("year", 2015, "value", 4));
        targets.put("K9_GAP", ((Number) api().body(body).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id")).longValue());
        JsonPath p = progress("K9_GAP");
        // 2016: OTHER_SPENDING 1 − STI_SPENDING (2 + 1 + 3) = −5; −5 ÷ 4 has no real root: no growth rate.
        assertNumber("-5", p.get("target.periods[0].figure"));
        assertNull(p.get("target.periods[0].compared"));
        assertEquals("NEGATIVE_FIGURE", p.getString("target.periods[0].comparedNoDataReason"));
        // 2017 on: OTHER_SPENDING has no counted report, so no figure and nothing to compare.
        assertNull(p.get("target.periods[1].figure"));
        assertEquals("NO_DATA", p.getString("target.status"));
    }
}
