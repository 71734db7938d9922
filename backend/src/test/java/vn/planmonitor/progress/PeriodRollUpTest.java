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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.planmonitor.support.TargetProgressAnswers.assertNumber;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;
import static vn.planmonitor.submission.SubmissionStatus.RETURNED;

/**
 * Period roll-up (K14) through the API, on the District 11 plan (2016–2020, today 2020-06-30) with
 * indicators of its own, every figure worked out by hand:
 * <pre>
 * CASES_HANDLED (monthly FLOW, PKT)     2018: 10 a month, May RETURNED · 2019: 10 a month · 2020: Jan–Jun 10
 * STAFF (monthly STOCK, PNV and PTCKH)  2019: PNV Jun–Dec 30, 31 … 36 · PTCKH Jan–Sep 17 … 25, Oct–Dec missing
 * VACCINATED (quarterly RATIO, P01 P02) 2018: P01 Q1 0/0 · 2019: P01 9/10 8/10 10/10 9/10, P02 1/2 2/2 0/0 1/2
 * </pre>
 */
@QuarkusTest
class PeriodRollUpTest extends ApiTest {

    private static final String INDICATORS = "/api/v1/indicators";

    @Inject
    ReviewStandIn review;

    private final Map<String, Long> targets = new HashMap<>();

    private static Map<String, Object> indicator(String code, String periodType, String kind, String rollUp,
                                                 String type, List<String> units) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("nameVi", "Chỉ tiêu " + code);
        body.put("nameEn", "Indicator " + code);
        body.put("unitVi", "đơn vị");
        body.put("unitEn", "units");
        body.put("periodType", periodType);
        body.put("valueKind", kind);
        body.put("periodRollUp", rollUp);
        body.put("reportingUnitTypes", List.of(type));
        body.put("reportingUnitCodes", units);
        if (kind.equals("RATIO")) {
            body.put("numeratorCode", code + "_N");
            body.put("numeratorVi", "Số đã tiêm");
            body.put("numeratorEn", "Vaccinated");
            body.put("denominatorCode", code + "_D");
            body.put("denominatorVi", "Tổng số");
            body.put("denominatorEn", "In all");
        }
        return body;
    }

    private void target(String code, String indicator, String aggregation, String threshold, String timing) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "planCode", PLAN, "indicatorCode", indicator,
                "statementVi", "Mục tiêu " + code, "statementEn", "Target " + code, "aggregation", aggregation,
                "threshold", new BigDecimal(threshold), "timing", timing));
        if (timing.equals("BY_YEAR")) {
            body.put("dueYear", 2020);
        }
        targets.put(code, ((Number) api().body(body).post("/api/v1/targets").then().statusCode(201).extract()
                .path("id")).longValue());
    }

    private void report(String unit, String period, SubmissionStatus status, Map<String, Object> value) {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period,
                "values", List.of(value))).post("/api/v1/submissions").then().statusCode(201).extract().path("id"))
                .longValue();
        review.setStatus(id, status);
    }

    private void number(String unit, String indicator, int year, int month, int n, SubmissionStatus status) {
        report(unit, String.format("%d%02d", year, month), status, Map.of("indicatorCode", indicator, "number", n));
    }

    private void ratio(String unit, int year, int quarter, int numerator, int denominator) {
        report(unit, year + "Q" + quarter, APPROVED, Map.of("indicatorCode", "VACCINATED", "numerator", numerator,
                "denominator", denominator));
    }

    /** Once per class (REST Assured learns the test port only before each test). */
    @BeforeEach
    void indicatorsTargetsAndReports() {
        if (!targets.isEmpty()) {
            return;
        }
        api().body(indicator("CASES_HANDLED", "MONTHLY", "NUMBER", "FLOW", "AGENCY", List.of("PKT")))
                .post(INDICATORS).then().statusCode(201);
        api().body(indicator("STAFF", "MONTHLY", "NUMBER", "STOCK", "AGENCY", List.of("PNV", "PTCKH")))
                .post(INDICATORS).then().statusCode(201);
        api().body(indicator("VACCINATED", "QUARTERLY", "RATIO", "RATIO", "WARD", List.of("P01", "P02")))
                .post(INDICATORS).then().statusCode(201);
        target("K14_FLOW", "CASES_HANDLED", "SUM", "100", "EVERY_YEAR");
        target("K14_STOCK", "STAFF", "SUM", "50", "EVERY_YEAR");
        target("K14_RATIO", "VACCINATED", "RATIO_OF_SUMS", "90", "BY_YEAR");
        for (int month = 1; month <= 12; month++) {
            number("PKT", "CASES_HANDLED", 2018, month, 10, month == 5 ? RETURNED : APPROVED);
            number("PKT", "CASES_HANDLED", 2019, month, 10, APPROVED);
            if (month <= 6) {
                number("PKT", "CASES_HANDLED", 2020, month, 10, APPROVED);
            }
            if (month >= 6) {
                number("PNV", "STAFF", 2019, month, 24 + month, APPROVED);
            }
            if (month <= 9) {
                number("PTCKH", "STAFF", 2019, month, 16 + month, APPROVED);
            }
        }
        ratio("P01", 2018, 1, 0, 0);
        int[][] p01 = {{9, 10}, {8, 10}, {10, 10}, {9, 10}};
        int[][] p02 = {{1, 2}, {2, 2}, {0, 0}, {1, 2}};
        for (int q = 1; q <= 4; q++) {
            ratio("P01", 2019, q, p01[q - 1][0], p01[q - 1][1]);
            ratio("P02", 2019, q, p02[q - 1][0], p02[q - 1][1]);
        }
    }

    private JsonPath progress(String target, Object... query) {
        return TargetProgressAnswers.progress(targets.get(target), query);
    }

    @Test
    void aFlowAddsItsMonthsUp() {
        JsonPath p = progress("K14_FLOW");
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020"), p.getList("target.periods.period"));
        // 2016, 2017: nothing reported.
        assertNull(p.get("target.periods[0].figure"));
        assertEquals("NO_REPORTS", p.getString("target.periods[0].noDataReason"));
        // 2018: 11 approved months of 10 (May returned: missing) = 110.
        assertNumber("110", p.get("target.periods[2].figure"));
        // 2019: 10 in each of 12 months = 120.
        assertNumber("120", p.get("target.periods[3].figure"));
        assertEquals(true, p.get("target.periods[3].met"));
        // 2020, partly reported (January–June): 60 so far.
        assertNumber("60", p.get("target.periods[4].figure"));
        // The months of each year for a chart: 12 of them, 10 each in 2019; May 2018 has no data.
        assertEquals(12, p.getList("target.periods[3].subPeriods").size());
        assertEquals("201901", p.getString("target.periods[3].subPeriods[0].period"));
        assertNumber("10", p.get("target.periods[3].subPeriods[11].figure"));
        assertNull(p.get("target.periods[2].subPeriods[4].figure"));
        assertNull(p.get("target.periods[3].subPeriods[0].subPeriods"));
        // 2020 is in progress on 2020-06-30 (its reports are due 2021-01-31): shown, not judged.
        assertEquals(true, p.get("target.periods[4].inProgress"));
        // Every year, judged on 2016–2019: the latest, 2019, met, and so did 2018, but 2016 and 2017 have no
        // figure, which counts as missed → AT_RISK.
        assertEquals("AT_RISK", p.getString("target.status"));
        assertEquals("EARLIER_YEAR_MISSED", p.getString("target.statusReason"));
        assertEquals(2, p.getInt("target.yearsMet"));
        assertEquals(2019, p.getInt("target.latestYear"));
    }

    @Test
    void aStockTakesEachUnitsLastMonthWithAValueNeverTheSum() {
        JsonPath p = progress("K14_STOCK", "units", "true", "from", 2019, "to", 2019);
        // PNV: June–December 30 … 36 → 36 (never 30 + … + 36 = 231); PTCKH: January–September 17 … 25,
        // October–December missing → its last month with a value, 25. District: 36 + 25 = 61.
        assertNumber("61", p.get("target.periods[0].figure"));
        assertNumber("36", p.get("target.periods[0].units.find { it.orgUnitCode == 'PNV' }.value"));
        assertNumber("25", p.get("target.periods[0].units.find { it.orgUnitCode == 'PTCKH' }.value"));
        assertEquals(2, p.getInt("target.periods[0].reportedUnits"));
        // December alone: PNV 36, PTCKH missing.
        assertNumber("36", p.get("target.periods[0].subPeriods[11].figure"));
        assertEquals(1, p.getInt("target.periods[0].subPeriods[11].missingUnits"));
    }

    @Test
    void aQuarterlyRatioAddsItsPartsUp() {
        JsonPath p = progress("K14_RATIO", "units", "true");
        // 2019: P01 36/40, P02 4/6 → (36 + 4) / (40 + 6) = 40/46 = 86.9565% — not the mean of quarters or wards.
        assertNumber("86.9565", p.get("target.periods[3].figure"));
        assertNumber("40", p.get("target.periods[3].numerator"));
        assertNumber("46", p.get("target.periods[3].denominator"));
        assertNumber("90", p.get("target.periods[3].units.find { it.orgUnitCode == 'P01' }.value"));
        assertNumber("66.6667", p.get("target.periods[3].units.find { it.orgUnitCode == 'P02' }.value"));
        // Q1 2019: (9 + 1) / (10 + 2) = 83.3333%; Q3: (10 + 0) / (10 + 0) = 100%.
        assertNumber("83.3333", p.get("target.periods[3].subPeriods[0].figure"));
        assertNumber("100", p.get("target.periods[3].subPeriods[2].figure"));
        // 2018: one ward's 0 of 0 → no data, zero denominator; 2017: nothing.
        assertNull(p.get("target.periods[2].figure"));
        assertEquals("ZERO_DENOMINATOR", p.getString("target.periods[2].noDataReason"));
        assertEquals("NO_REPORTS", p.getString("target.periods[1].noDataReason"));
    }

    @Test
    void aRollUpFitsItsIndicator() {
        problem(api().body(indicator("X_YEARLY", "YEARLY", "NUMBER", "FLOW", "AGENCY", List.of())).post(INDICATORS)
                .then(), 400, "validation").body("errors", fieldError("periodRollUp", "only-for-sub-year"));
        problem(api().body(indicator("X_BOOL", "MONTHLY", "BOOLEAN", "FLOW", "AGENCY", List.of())).post(INDICATORS)
                .then(), 400, "validation").body("errors", fieldError("periodRollUp", "roll-up-not-for-kind"));
        problem(api().body(indicator("X_NUM", "QUARTERLY", "NUMBER", "RATIO", "AGENCY", List.of())).post(INDICATORS)
                .then(), 400, "validation").body("errors", fieldError("periodRollUp", "roll-up-not-for-kind"));
        api().get(INDICATORS + "/" + idOf("indicators", "STAFF")).then().statusCode(200)
                .body("periodRollUp", org.hamcrest.Matchers.equalTo("STOCK"));
        api().get(INDICATORS + "/" + idOf("indicators", "ECON_OFFICER_TRAINING")).then().statusCode(200)
                .body("periodRollUp", org.hamcrest.Matchers.nullValue());
    }
}
