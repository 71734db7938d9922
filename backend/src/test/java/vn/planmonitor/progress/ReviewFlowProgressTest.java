package vn.planmonitor.progress;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ProgressCellRows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * District 11's figures reached through the real review flow — reports created by the units' officers,
 * submitted, returned, corrected, approved and reopened with {@code If-Match}, exactly as the SPA does —
 * with the plan extended to 2021 through the API, so that on "today" (30 June 2020) one plan year is still
 * in the future. Reports for 2021 entered early and even approved must not count anywhere, on the
 * summaries or unit by unit. Afterwards the
 * summaries kept up step by step by those actions equal the reference (every figure computed unit by
 * unit from the reports) and a rebuild from scratch.
 * <p>
 * The reports (wards: officers trained, civil servants trained, database, models, movement; the
 * Economic Office PKT: civil servants trained, organisations supported):
 * <pre>
 *        P01 (its officer)       P02 (its officer)        P03 (admin)                         PKT
 * 2016   —                       —                        —                                   1/10, 3 approved
 * 2017   —                       —                        —                                   2/10, 3 approved
 * 2018   1/2 5/20 yes approved   3/3 5/10 yes approved    —                                   3/10, 4 approved
 * 2019   2/2 10/20 yes approved  3/3 5/10 yes approved    1/5 returned, corrected to 3/5 no,  5/10, 3 approved
 *                                                         then approved
 * 2020   2/2 10/20 yes approved  1/3 6/10 yes SUBMITTED   4/5 6/10 yes approved, then REOPENED 6/10, 5 approved
 * 2021   2/2 10/20 yes approved  —                        5/5 7/10 yes approved               7/10, 1 approved
 * </pre>
 */
@QuarkusTest
class ReviewFlowProgressTest extends ProgressApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    @Inject
    ProgressService progress;

    @Inject
    ProgressCells cells;

    @Inject
    AgroalDataSource dataSource;

    private long planId;

    // ---------------------------------------------------------------- the reports, through the real flow

    private static List<Map<String, Object>> ward(int[] econ, int[] civil, boolean database) {
        return List.of(
                Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", econ[0], "denominator", econ[1]),
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", civil[0], "denominator", civil[1]),
                Map.of("indicatorCode", "STI_DATABASE", "answer", database),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 1,
                        "items", List.of(Map.of("name", "Một cửa điện tử"))),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 1));
    }

    private static List<Map<String, Object>> economicOffice(int civilTrained, int supported) {
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (int i = 1; i <= supported; i++) {
            organisations.add(Map.of("name", "Doanh nghiệp " + i));
        }
        return List.of(
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", civilTrained, "denominator", 10),
                Map.of("indicatorCode", "ENTERPRISES_SUPPORTED", "number", supported, "items", organisations),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 2));
    }

    private static int[] of(int numerator, int denominator) {
        return new int[]{numerator, denominator};
    }

    /** A ward's own officer writes its reports; the admin writes for the others. */
    private static String officerOf(String unit) {
        return switch (unit) {
            case "P01" -> reporterP01Token;
            case "P02" -> reporterP02Token;
            default -> adminToken;
        };
    }

    /** A report in one unit's name, as a draft: its id and ETag. */
    private static Report draft(String unit, int year, List<Map<String, Object>> values) {
        var response = as(officerOf(unit)).body(Map.of("planCode", PLAN, "orgUnitCode", unit,
                        "period", String.valueOf(year), "values", values))
                .when().post(SUBMISSIONS).then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        return new Report(unit, ((Number) response.path("id")).longValue(), response.header("ETag"));
    }

    private record Report(String unit, long id, String etag) {

        /** One review action with the version last seen; the answer's status checked, its new ETag kept. */
        Report act(String action, String token, String comment, String expectedStatus) {
            var request = as(token).header("If-Match", etag);
            if (comment != null) {
                request.body(Map.of("comment", comment));
            }
            ValidatableResponse response = request.when().post(SUBMISSIONS + "/" + id + "/" + action).then()
                    .statusCode(200).body("status", equalTo(expectedStatus));
            return new Report(unit, id, response.extract().header("ETag"));
        }

        Report submit() {
            return act("submit", officerOf(unit), null, "SUBMITTED");
        }

        Report approve() {
            return act("approve", reviewerToken, null, "APPROVED");
        }

        Report returnForCorrection(String reason) {
            return act("return", reviewerToken, reason, "RETURNED");
        }

        Report reopen(String reason) {
            return act("reopen", reviewerToken, reason, "RETURNED");
        }

        Report correct(List<Map<String, Object>> values) {
            String next = as(officerOf(unit)).header("If-Match", etag).body(Map.of("values", values))
                    .when().put(SUBMISSIONS + "/" + id).then().statusCode(200).body("status", equalTo("RETURNED"))
                    .extract().header("ETag");
            return new Report(unit, id, next);
        }
    }

    private static void approved(String unit, int year, List<Map<String, Object>> values) {
        draft(unit, year, values).submit().approve();
    }

    /** Once per class (a @BeforeEach: REST Assured learns the test port only then). */
    @BeforeEach
    void reportsThroughTheReviewFlow() {
        if (planId != 0) {
            return;
        }
        planId = idOf("plans", PLAN);
        extendPlanTo(planId, 2021);
        approved("PKT", 2016, economicOffice(1, 3));
        approved("PKT", 2017, economicOffice(2, 3));

        approved("P01", 2018, ward(of(1, 2), of(5, 20), true));
        approved("P02", 2018, ward(of(3, 3), of(5, 10), true));
        approved("PKT", 2018, economicOffice(3, 4));

        approved("P01", 2019, ward(of(2, 2), of(10, 20), true));
        approved("P02", 2019, ward(of(3, 3), of(5, 10), true));
        draft("P03", 2019, ward(of(1, 5), of(5, 10), false)).submit()
                .returnForCorrection("Số cán bộ được bồi dưỡng chưa khớp danh sách lớp")
                .correct(ward(of(3, 5), of(5, 10), false)).submit().approve();
        approved("PKT", 2019, economicOffice(5, 3));

        approved("P01", 2020, ward(of(2, 2), of(10, 20), true));
        draft("P02", 2020, ward(of(1, 3), of(6, 10), true)).submit();
        draft("P03", 2020, ward(of(4, 5), of(6, 10), true)).submit().approve()
                .reopen("Phát hiện sai số liệu sau khi duyệt");
        approved("PKT", 2020, economicOffice(6, 5));

        // Entered early, and approved: 2021 is in the future all the same.
        approved("P01", 2021, ward(of(2, 2), of(10, 20), true));
        approved("P03", 2021, ward(of(5, 5), of(7, 10), true));
        approved("PKT", 2021, economicOffice(7, 1));
    }

    // ---------------------------------------------------------------- helpers

    private JsonPath plan(Object... query) {
        var request = api();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
    }

    private static String target(String code) {
        return "targets.find { it.targetCode == '" + code + "' }";
    }

    // ---------------------------------------------------------------- the figures, by hand

    @Test
    void t1aFromTheSummariesCountsOnlyApprovedReportsUpToTheCurrentYear() {
        JsonPath p = plan();
        String t1a = target("T1A");
        assertEquals(2020, p.getInt("currentYear"));
        assertEquals(2021, p.getInt("to"));
        // 2016, 2017: no ward reported → no data. 2018: (1 + 3) / (2 + 3) = 4/5 = 80%.
        // 2019: (2 + 3 + 3) / (2 + 3 + 5) = 8/10 = 80% — P03's returned 1/5 never counted, its corrected 3/5 does.
        // 2020: P02 only submitted, P03 reopened (returned) → P01's 2/2 alone = 100%.
        List<Object> figures = p.getList(t1a + ".periods.figure");
        assertEquals(6, figures.size());
        assertNull(figures.get(0));
        assertNull(figures.get(1));
        assertEquals("NO_REPORTS", p.getString(t1a + ".periods[1].noDataReason"));
        assertNumber("80", figures.get(2));
        assertNumber("80", figures.get(3));
        assertNumber("8", p.get(t1a + ".periods[3].numerator"));
        assertNumber("10", p.get(t1a + ".periods[3].denominator"));
        assertNumber("100", figures.get(4));
        assertEquals(1, p.getInt(t1a + ".periods[4].reportedUnits"));
        assertEquals(15, p.getInt(t1a + ".periods[4].missingUnits"));
        // 2021: P01 and P03 approved, but the year has not begun: no figure, nobody counted, nothing provisional.
        assertFutureYear(p, t1a, 16);
        // BY_YEAR 2020, and 2020 is in progress (due 2021-01-31): its 100% from one ward of 16 is shown, not
        // judged. The judged years 2018 and 2019 are 80 and 80: latest 80 < 100; the line is flat (slope 0), at
        // 2020 80, below 90% of 100 → OFF_TRACK. (Before issue 16 June's 100% counted: ACHIEVED, 1 of 3 years.)
        assertEquals(true, p.get(t1a + ".periods[4].inProgress"));
        assertEquals("OFF_TRACK", p.getString(t1a + ".status"));
        assertEquals("PROJECTION_SHORT", p.getString(t1a + ".statusReason"));
        assertEquals(0, p.getInt(t1a + ".yearsMet"));
        assertEquals(2, p.getInt(t1a + ".yearsWithData"));
        assertEquals(2019, p.getInt(t1a + ".latestYear"));
        assertNumber("80", p.get(t1a + ".projection.projectedValue"));
        assertNumber("0", p.get(t1a + ".projection.slopePerYear"));
        assertEquals("FLAT", p.getString(t1a + ".projection.direction"));
        assertFalse(p.getBoolean(t1a + ".provisional"));
    }

    @Test
    void t1aWithPendingReportsIsProvisionalAndOffTrack() {
        JsonPath p = plan("include", "submitted");
        String t1a = target("T1A");
        // 2020 with P02's submitted 1/3: (2 + 1) / (2 + 3) = 3/5 = 60%, provisional. 2021 stays in the future.
        assertNumber("60", p.get(t1a + ".periods[4].figure"));
        assertTrue(p.getBoolean(t1a + ".periods[4].provisional"));
        assertFalse(p.getBoolean(t1a + ".periods[3].provisional"));
        assertFutureYear(p, t1a, 16);
        // 2020 is in progress, so its provisional 60% is not judged: 80, 80 (2018–2019), flat at 80 → OFF_TRACK.
        // (Before issue 16: 80, 80, 60 → slope −10, at 2020 63.3333, DOWN — OFF_TRACK too.)
        assertEquals("OFF_TRACK", p.getString(t1a + ".status"));
        assertEquals("PROJECTION_SHORT", p.getString(t1a + ".statusReason"));
        assertNumber("80", p.get(t1a + ".projection.projectedValue"));
        assertNumber("0", p.get(t1a + ".projection.slopePerYear"));
        assertEquals("FLAT", p.getString(t1a + ".projection.direction"));
        assertTrue(p.getBoolean(t1a + ".provisional"));
    }

    @Test
    void t4EveryYearIsJudgedOnTheYearsSoFarNotOnAFutureYear() {
        JsonPath p = plan();
        String t4 = target("T4");
        // The Economic Office alone: 3, 3, 4, 3, 5 organisations in 2016–2020, all at least 3 → ACHIEVED, 5 of 5.
        // Its approved 2021 report says 1 — it would miss, were 2021 not still to come.
        List<Object> figures = p.getList(t4 + ".periods.figure");
        assertNumber("3", figures.get(0));
        assertNumber("3", figures.get(1));
        assertNumber("4", figures.get(2));
        assertNumber("3", figures.get(3));
        assertNumber("5", figures.get(4));
        assertFutureYear(p, t4, 1);
        // 2020 is in progress: judged on 2016–2019, 4 of 4 met → ACHIEVED as before (before issue 16: 5 of 5).
        assertEquals("ACHIEVED", p.getString(t4 + ".status"));
        assertEquals("EVERY_YEAR_MET", p.getString(t4 + ".statusReason"));
        assertEquals(4, p.getInt(t4 + ".yearsMet"));
        assertEquals(4, p.getInt(t4 + ".yearsWithData"));
        assertEquals(2019, p.getInt(t4 + ".latestYear"));
        assertNumber("3", p.get(t4 + ".latestFigure"));
    }

    @Test
    void t2IsTheShareOfSixteenWardsWithADatabase() {
        JsonPath p = plan();
        String t2 = target("T2");
        // 2018: P01, P02 yes → 2/16 = 12.5%. 2019: P01, P02 yes, P03 no → 2/16 = 12.5%. 2020: P01 → 1/16 = 6.25%.
        List<Object> figures = p.getList(t2 + ".periods.figure");
        assertNull(figures.get(1));
        assertNumber("12.5", figures.get(2));
        assertNumber("12.5", figures.get(3));
        assertNumber("6.25", figures.get(4));
        assertEquals(2, p.getInt(t2 + ".periods[3].meetingUnits"));
        assertEquals(3, p.getInt(t2 + ".periods[3].reportedUnits"));
        assertFutureYear(p, t2, 16);
        // Judged 2018–2019 (2020 in progress): 12.5, 12.5 → slope 0, at 2020 12.5 → OFF_TRACK. (Before issue
        // 16, with 2020's 6.25: ȳ = 10.416667, slope −3.125, at 2020 7.2917 → OFF_TRACK too.)
        assertEquals("OFF_TRACK", p.getString(t2 + ".status"));
        assertNumber("12.5", p.get(t2 + ".projection.projectedValue"));
        assertNumber("0", p.get(t2 + ".projection.slopePerYear"));
    }

    @Test
    void aFutureYearUnitByUnitShowsTheApprovedReportsAsNotCounted() {
        JsonPath p = api().queryParam("from", 2021).queryParam("to", 2021)
                .when().get("/api/v1/targets/" + idOf("targets", "T1A") + "/progress")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
        assertEquals("FUTURE_PERIOD", p.getString("target.periods[0].noDataReason"));
        assertEquals(0, p.getInt("target.periods[0].reportedUnits"));
        Map<String, Object> p01 = p.getMap("target.periods[0].units.find { it.orgUnitCode == 'P01' }");
        assertEquals("APPROVED", p01.get("status"));
        assertEquals(false, p01.get("counted"));
        assertNull(p01.get("value"));
        assertEquals(false, p01.get("meets"));
    }

    private static void assertFutureYear(JsonPath p, String target, int expected) {
        String year = target + ".periods[5]";
        assertEquals("2021", p.getString(year + ".period"));
        assertNull(p.get(year + ".figure"));
        assertTrue(p.getBoolean(year + ".noData"));
        assertEquals("FUTURE_PERIOD", p.getString(year + ".noDataReason"));
        assertNull(p.get(year + ".met"));
        assertFalse(p.getBoolean(year + ".provisional"));
        assertEquals(expected, p.getInt(year + ".expectedUnits"));
        assertEquals(0, p.getInt(year + ".reportedUnits"));
        assertEquals(expected, p.getInt(year + ".missingUnits"));
    }

    // ---------------------------------------------------------------- the summaries: reference and rebuild

    @Test
    void theSummariesKeptByTheReviewFlowEqualTheReferenceAndARebuild() throws SQLException {
        for (String include : new String[]{null, "submitted"}) {
            PlanProgressView fromCells = fresh(() -> progress.plan(planId, ProgressQuery.parse(null, null, include, null)));
            PlanProgressView reference = fresh(() -> ReferenceProgress.plan(progress, planId,
                    ProgressQuery.parse(null, null, include, null)));
            for (int i = 0; i < reference.targets().size(); i++) {
                TargetProgressView expected = reference.targets().get(i);
                for (int y = 0; y < expected.periods().size(); y++) {
                    assertEquals(expected.periods().get(y), fromCells.targets().get(i).periods().get(y),
                            "target " + expected.targetCode() + ", include=" + include);
                }
                assertEquals(expected, fromCells.targets().get(i), "target " + expected.targetCode());
            }
        }
        PlanProgressView before = fresh(() -> progress.plan(planId, ProgressQuery.parse(null, null, "submitted", null)));
        List<String> stepByStep = cellRows();
        QuarkusTransaction.requiringNew().run(() -> cells.rebuildPlan(planId));
        assertEquals(stepByStep, cellRows());
        PlanProgressView after = fresh(() -> progress.plan(planId, ProgressQuery.parse(null, null, "submitted", null)));
        assertEquals(before.targets(), after.targets());
    }

    /** As a request does: in a persistence context of its own. */
    private static <T> T fresh(Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    /** The plan's non-empty summaries; one emptied by a return or a reopening keeps its row with zeros. */
    private List<String> cellRows() throws SQLException {
        List<String> rows = ProgressCellRows.of(dataSource, planId);
        // 7 targets' cells for 2016–2021 approved and pending: far more than a handful, far fewer than the values.
        assertTrue(rows.size() > 20, "summaries to compare: " + rows);
        return rows;
    }
}
