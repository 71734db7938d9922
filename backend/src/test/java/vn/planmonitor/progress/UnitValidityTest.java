package vn.planmonitor.progress;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ReviewStandIn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;

/**
 * A unit's validity dates decide the years it is expected in (valid on the year's last day), so ending a
 * unit from a date leaves every earlier year exactly as it was. Before the dates, turning a ward off dropped
 * it from every earlier year in which it had no counted report.
 * <p>
 * The data: Ward 1 answers "yes" to T2 (a ward-level database; share of the 16 wards meeting) in 2016–2019,
 * approved; no other ward reports. Today is 2020-06-30. So with all 16 wards valid every year is 1 of 16
 * = 6.25%, and 2020 (in progress, nobody reported) has no figure with 16 expected.
 */
@QuarkusTest
class UnitValidityTest extends ProgressApiTest {

    @Inject
    ReviewStandIn review;

    private long planId;
    private long t2;

    @BeforeEach
    void ward1AnswersYesEveryYear() {
        if (planId != 0) {
            return;
        }
        planId = idOf("plans", PLAN);
        t2 = idOf("targets", "T2");
        for (int year = 2016; year <= 2019; year++) {
            long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period",
                            String.valueOf(year), "values", wardValues()))
                    .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
            review.setStatus(id, APPROVED);
        }
    }

    private static List<Map<String, Object>> wardValues() {
        return List.of(Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", 1, "denominator", 2),
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", 1, "denominator", 2),
                Map.of("indicatorCode", "STI_DATABASE", "answer", true),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 0, "items", List.of()),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true));
    }

    private JsonPath t2() {
        return api().when().get("/api/v1/targets/" + t2 + "/progress").then().statusCode(200).extract()
                .jsonPath(DECIMALS);
    }

    private JsonPath wardMatrix() {
        return api().queryParam("type", "WARD").when().get("/api/v1/plans/" + planId + "/completeness-matrix")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
    }

    private void edit(String code, Map<String, Object> change) {
        long id = idOf("org-units", code);
        String path = "/api/v1/org-units/" + id;
        Map<String, Object> unit = api().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("code", "nameVi", "nameEn", "type", "parentCode")) {
            body.put(field, unit.get(field));
        }
        body.putAll(change);
        api().header("If-Match", etagOf(path)).body(body).when().put(path).then().statusCode(200);
    }

    @Test
    void shouldKeepEveryEarlierYearWhenAUnitEndsFromADate() {
        JsonPath before = t2();
        assertFigures(before, "6.25", "6.25", "6.25", "6.25", null);
        assertEquals(List.of(16, 16, 16, 16, 16), before.getList("target.periods.expectedUnits"));

        // Ward 15 (no report at all) is turned off today, as clients before the dates do: valid until
        // 2020-06-30, so it is still expected in 2016–2019 (valid on their 31 December) and not in 2020.
        // Before the dates its 2016–2019 were dropped: 1 of 15 = 6.6667% each year.
        edit("P15", Map.of("active", false));
        api().get("/api/v1/org-units/" + idOf("org-units", "P15")).then()
                .body("active", equalTo(false)).body("validTo", equalTo("2020-06-30"));
        JsonPath after = t2();
        assertFigures(after, "6.25", "6.25", "6.25", "6.25", null);
        assertEquals(List.of(16, 16, 16, 16, 15), after.getList("target.periods.expectedUnits"));
        for (String field : List.of("figure", "numerator", "denominator", "expectedUnits", "reportedUnits",
                "missingUnits", "meetingUnits", "met")) {
            assertEquals(before.getList("target.periods." + field).subList(0, 4),
                    after.getList("target.periods." + field).subList(0, 4), field);
        }

        // Ward 14 ends on 1 July 2018 (validTo exclusive): not valid on 31 December 2018, so expected in
        // 2016 and 2017 only. 2018 and 2019: 1 of 15 = 6.6667%; 2020: 14 expected.
        edit("P14", Map.of("validTo", "2018-07-01"));
        JsonPath ended = t2();
        assertFigures(ended, "6.25", "6.25", "6.6667", "6.6667", null);
        assertEquals(List.of(16, 16, 15, 15, 14), ended.getList("target.periods.expectedUnits"));

        // Completeness counts the same units: 16, 16, 15, 15, 14 wards expected; Ward 15 is missing in 2019
        // and not expected in 2020, Ward 14 not expected from 2018.
        JsonPath m = wardMatrix();
        assertEquals(List.of(16, 16, 15, 15, 14), m.getList("periods.expectedUnits"));
        assertEquals(List.of("MISSING", "MISSING", "MISSING", "MISSING", "NOT_EXPECTED"),
                m.getList("units.find { it.orgUnitCode == 'P15' }.cells.status"));
        assertEquals(List.of("MISSING", "MISSING", "NOT_EXPECTED", "NOT_EXPECTED", "NOT_EXPECTED"),
                m.getList("units.find { it.orgUnitCode == 'P14' }.cells.status"));

        // Ward 15 may still send its 2019 report (it owes it); a report for 2020 is refused.
        problem(api().body(Map.of("planCode", PLAN, "orgUnitCode", "P15", "period", "2020", "values", wardValues()))
                .when().post("/api/v1/submissions").then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unit-inactive"));
        api().body(Map.of("planCode", PLAN, "orgUnitCode", "P15", "period", "2019", "values", wardValues()))
                .when().post("/api/v1/submissions").then().statusCode(201);

        // Made valid again (active: true clears a past end): every year counts Ward 14 and 15 again.
        edit("P14", Map.of("active", true));
        edit("P15", Map.of("active", true));
        assertEquals(List.of(16, 16, 16, 16, 16), t2().getList("target.periods.expectedUnits"));
    }

    @Test
    void shouldRefuseAValidityThatEndsBeforeItBegins() {
        long id = idOf("org-units", "P13");
        String path = "/api/v1/org-units/" + id;
        problem(api().header("If-Match", etagOf(path)).body(Map.of("code", "P13", "nameVi", "Phường 13",
                        "nameEn", "Ward 13", "type", "WARD", "parentCode", "D11", "validFrom", "2018-01-01",
                        "validTo", "2018-01-01"))
                .when().put(path).then(), 400, "validation")
                .body("errors", fieldError("validTo", "not-after-valid-from"));
        problem(api().header("If-Match", etagOf(path)).body(Map.of("code", "P13", "nameVi", "Phường 13",
                        "nameEn", "Ward 13", "type", "WARD", "parentCode", "D11", "active", true,
                        "validTo", "2019-01-01"))
                .when().put(path).then(), 400, "validation")
                .body("errors", fieldError("active", "contradicts-valid-to"));
        api().get(path).then().body("validFrom", equalTo(null)).body("validTo", equalTo(null));
    }
}
