package vn.planmonitor.completeness;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /completeness} and {@code GET /plans/{id}/completeness-matrix} count one period the same
 * way ({@link ReportState}): a RETURNED report was received. The wards' reports for 2020, hand-counted:
 * P05 approved, P06 returned, P07 submitted, P08 a draft, the other 12 of the 16 wards nothing.
 */
@QuarkusTest
class CompletenessRuleTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    private static long draft(String unit) {
        return ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", "2020",
                "values", completeWardValues())).when().post(SUBMISSIONS).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static void act(long id, String action, String version, String token, String comment) {
        var request = as(token).header("If-Match", version);
        if (comment != null) {
            request.body(Map.of("comment", comment));
        }
        request.when().post(SUBMISSIONS + "/" + id + "/" + action).then().statusCode(200);
    }

    private boolean entered;

    /** Once per class, through the API (its port is not known yet in {@code @BeforeAll}). */
    @BeforeEach
    void reportsOf2020() {
        if (entered) {
            return;
        }
        entered = true;
        long approved = draft("P05");
        act(approved, "submit", "\"0\"", adminToken, null);
        act(approved, "approve", "\"1\"", reviewerToken, null);
        long returned = draft("P06");
        act(returned, "submit", "\"0\"", adminToken, null);
        act(returned, "return", "\"1\"", reviewerToken, "Thiếu danh sách mô hình");
        act(draft("P07"), "submit", "\"0\"", adminToken, null);
        draft("P08");
    }

    @Test
    void shouldListUnitsInTheirTypesOrderThenByCode() {
        // The seeded order of the types (DISTRICT, WARD, AGENCY, PUBLIC_SERVICE_UNIT, SCHOOL), not the alphabet:
        // the wards come before the agencies, as they did when the types were a fixed list.
        List<String> types = api().queryParam("plan", PLAN).queryParam("period", "2020")
                .when().get("/api/v1/completeness").then().statusCode(200).extract().path("units.type");
        assertEquals(List.of("WARD", "AGENCY", "PUBLIC_SERVICE_UNIT", "SCHOOL"),
                types.stream().distinct().toList());
        List<String> wards = api().queryParam("plan", PLAN).queryParam("period", "2020")
                .when().get("/api/v1/completeness").then().extract().path("units.findAll { it.type == 'WARD' }.orgUnitCode");
        assertEquals(wards.stream().sorted().toList(), wards);
    }

    @Test
    void shouldCountAReturnedReportAsReceivedForOnePeriod() {
        // Submitted on 2020-06-30 ("today" in the tests: the one clock stamps submissions too), before the due
        // date 2021-01-31 of this 2020 plan year: P05, P06 and P07 are on time, and the 13 without a
        // submitted report are not late yet. (Before issue 16 the submissions were stamped with the real
        // date, years after the due date, and came out late in a year whose deadline had not passed.)
        api().queryParam("plan", PLAN).queryParam("period", "2020").queryParam("type", "WARD")
                .when().get("/api/v1/completeness").then().statusCode(200)
                .body("deadlinePassed", equalTo(false))
                .body("totals.expected", equalTo(16)).body("totals.received", equalTo(3))
                .body("totals.approved", equalTo(1)).body("totals.onTime", equalTo(3))
                .body("totals.missing", equalTo(13))
                .body("units.find { it.orgUnitCode == 'P06' }.status", equalTo("RETURNED"))
                .body("units.find { it.orgUnitCode == 'P06' }.late", equalTo(false))
                .body("units.find { it.orgUnitCode == 'P08' }.late", equalTo(false))
                .body("units.findAll { it.late }.orgUnitCode", equalTo(List.of()));
    }

    @Test
    void shouldCountTheSameInTheMatrix() {
        long planId = idOf("plans", PLAN);
        JsonPath m = api().queryParam("type", "WARD").queryParam("from", 2020).queryParam("to", 2020)
                .when().get("/api/v1/plans/" + planId + "/completeness-matrix").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(16, m.getInt("periods[0].expectedUnits"));
        assertEquals(3, m.getInt("periods[0].receivedUnits")); // approved, returned and submitted
        assertEquals(1, m.getInt("periods[0].approvedUnits"));
        assertEquals(0, m.getInt("periods[0].lateUnits")); // submitted on 2020-06-30, before 2021-01-31
        assertEquals("RETURNED", m.getString("units.find { it.orgUnitCode == 'P06' }.cells[0].status"));
        assertEquals(false, m.getBoolean("units.find { it.orgUnitCode == 'P06' }.cells[0].late"));
    }
}
