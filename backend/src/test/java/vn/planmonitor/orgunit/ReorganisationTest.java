package vn.planmonitor.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.ReviewStandIn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planmonitor.submission.SubmissionStatus.APPROVED;

/**
 * Three wards merged into one in the middle of the District 11 plan (2016–2020; today is 2020-06-30):
 * Phường 14, 15 and 16 end on 1 July 2018 and Phường 14 mới (P14M) begins that day. A year counts the
 * units valid on its 31 December: 2016 and 2017 the 16 wards, 2018–2020 the 13 others and P14M = 14.
 * <p>
 * Reports (approved; econ officers trained/total for T1a, ratio of sums; ward database yes/no for T2, share
 * of wards):
 * <pre>
 *        P01       P14       P15       P16       P14M
 * 2016   1/2 yes   2/4 yes   1/4 no    3/3 yes   —
 * 2017   2/2 yes   1/4 no    2/4 yes   —         —
 * 2018   1/2 yes   —         —         —         5/10 yes
 * 2019   1/2 no    —         —         —         6/10 yes
 * 2020   —         —         —         —         7/10 yes
 * </pre>
 * T1a: 2016 (1+2+1+3)/(2+4+4+3) = 7/13 = 53.8462%; 2017 (2+1+2)/(2+4+4) = 5/10 = 50%; 2018 (1+5)/(2+10)
 * = 6/12 = 50%; 2019 (1+6)/(2+10) = 7/12 = 58.3333%; 2020 7/10 = 70%.
 * T2: 2016 P01, P14, P16 → 3/16 = 18.75%; 2017 P01, P15 → 2/16 = 12.5%; 2018 P01, P14M → 2/14 = 14.2857%;
 * 2019 P14M → 1/14 = 7.1429%; 2020 P14M → 1/14 = 7.1429%.
 */
@QuarkusTest
class ReorganisationTest extends ApiTest {

    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final String REORGANISATIONS = "/api/v1/reorganisations";

    @Inject
    ReviewStandIn review;

    private long planId;

    private static List<Map<String, Object>> ward(int trained, int officers, boolean database) {
        return List.of(Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", trained, "denominator", officers),
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", 0, "denominator", 1),
                Map.of("indicatorCode", "STI_DATABASE", "answer", database),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 0, "items", List.of()),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", false));
    }

    private static void approved(ReviewStandIn review, String unit, int year, int trained, int officers,
                                 boolean database) {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", String.valueOf(year),
                        "values", ward(trained, officers, database)))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        review.setStatus(id, APPROVED);
    }

    private static Map<String, Object> merge(String date, List<String> ending, String code, String type,
                                             String parent) {
        return Map.of("effectiveDate", date, "endingCodes", ending, "begins", List.of(Map.of("code", code,
                "nameVi", "Phường " + code, "nameEn", "Ward " + code, "type", type, "parentCode", parent)));
    }

    /** The plan's progress as the cells give it (no per-unit breakdown). */
    private JsonPath planProgress() {
        return api().when().get("/api/v1/plans/" + planId + "/progress").then().statusCode(200).extract()
                .jsonPath(DECIMALS);
    }

    /** One target's progress computed unit by unit (its breakdown asked for). */
    private JsonPath targetProgress(String code) {
        return api().queryParam("units", true).when().get("/api/v1/targets/" + idOf("targets", code) + "/progress")
                .then().statusCode(200).extract().jsonPath(DECIMALS);
    }

    private static void assertNumbers(List<String> expected, List<Object> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(0, new BigDecimal(expected.get(i)).compareTo(new BigDecimal(actual.get(i).toString())),
                    "year " + (2016 + i) + ": expected " + expected.get(i) + ", got " + actual.get(i));
        }
    }

    @BeforeEach
    void theOldWardsReportedBeforeTheMerge() {
        if (planId != 0) {
            return;
        }
        planId = idOf("plans", PLAN);
        approved(review, "P01", 2016, 1, 2, true);
        approved(review, "P14", 2016, 2, 4, true);
        approved(review, "P15", 2016, 1, 4, false);
        approved(review, "P16", 2016, 3, 3, true);
        approved(review, "P01", 2017, 2, 2, true);
        approved(review, "P14", 2017, 1, 4, false);
        approved(review, "P01", 2018, 1, 2, true);
        approved(review, "P01", 2019, 1, 2, false);
    }

    @Test
    void shouldCountTheOldWardsBeforeTheMergeAndTheNewWardAfterIt() {
        JsonPath before = planProgress();
        assertEquals(List.of(16, 16, 16, 16, 16),
                before.getList("targets.find { it.targetCode == 'T2' }.periods.expectedUnits"));

        JsonPath merged = given().body(merge("2018-07-01", List.of("P14", "P15", "P16"), "P14M", "WARD", "D11"))
                .when().post(REORGANISATIONS).then().statusCode(201).extract().jsonPath();
        assertEquals("2018-07-01", merged.getString("effectiveDate"));
        assertEquals(List.of("P14", "P15", "P16"), merged.getList("ended.code"));
        assertEquals(List.of("2018-07-01", "2018-07-01", "2018-07-01"), merged.getList("ended.validTo"));
        assertEquals(List.of(false, false, false), merged.getList("ended.active"));
        assertEquals("P14M", merged.getString("begun[0].code"));
        assertEquals("2018-07-01", merged.getString("begun[0].validFrom"));
        assertEquals("D11", merged.getString("begun[0].parentCode"));
        assertEquals(true, merged.getBoolean("begun[0].active"));

        // Reports stay with the unit that made them: Ward 15 may still send its 2017 report (it was valid on
        // 31 December 2017), no old ward may report 2018, the new ward reports 2018 on.
        approved(review, "P15", 2017, 2, 4, true);
        problem(api().body(Map.of("planCode", PLAN, "orgUnitCode", "P14", "period", "2018", "values",
                        ward(1, 1, true))).when().post("/api/v1/submissions").then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unit-inactive"));
        problem(api().body(Map.of("planCode", PLAN, "orgUnitCode", "P14M", "period", "2017", "values",
                        ward(1, 1, true))).when().post("/api/v1/submissions").then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unit-inactive"));
        approved(review, "P14M", 2018, 5, 10, true);
        approved(review, "P14M", 2019, 6, 10, true);
        approved(review, "P14M", 2020, 7, 10, true);

        List<String> t1a = List.of("53.8462", "50", "50", "58.3333", "70");
        List<String> t2 = List.of("18.75", "12.5", "14.2857", "7.1429", "7.1429");
        List<Integer> expected = List.of(16, 16, 14, 14, 14);
        JsonPath plan = planProgress();
        assertNumbers(t1a, plan.getList("targets.find { it.targetCode == 'T1A' }.periods.figure"));
        assertNumbers(t2, plan.getList("targets.find { it.targetCode == 'T2' }.periods.figure"));
        assertEquals(expected, plan.getList("targets.find { it.targetCode == 'T2' }.periods.expectedUnits"));
        assertEquals(expected, plan.getList("targets.find { it.targetCode == 'T1A' }.periods.expectedUnits"));
        assertEquals(List.of(4, 3, 2, 2, 1),
                plan.getList("targets.find { it.targetCode == 'T1A' }.periods.reportedUnits"));
        assertEquals(List.of(3, 2, 2, 1, 1),
                plan.getList("targets.find { it.targetCode == 'T2' }.periods.meetingUnits"));

        // Unit by unit, the same figures; 2017 lists the old wards and not P14M, 2018 P14M and no old ward.
        JsonPath byUnit = targetProgress("T2");
        assertNumbers(t2, byUnit.getList("target.periods.figure"));
        assertEquals(expected, byUnit.getList("target.periods.expectedUnits"));
        List<String> units2017 = byUnit.getList("target.periods[1].units.orgUnitCode");
        List<String> units2018 = byUnit.getList("target.periods[2].units.orgUnitCode");
        assertEquals(true, units2017.containsAll(List.of("P14", "P15", "P16")));
        assertEquals(false, units2017.contains("P14M"));
        assertEquals(true, units2018.contains("P14M"));
        assertEquals(false, units2018.contains("P14") || units2018.contains("P15") || units2018.contains("P16"));
        assertNumbers(t1a, targetProgress("T1A").getList("target.periods.figure"));

        // Completeness: the same expected units per year; P16 is missing in 2017, P14M not expected before 2018.
        JsonPath m = api().queryParam("type", "WARD").when().get("/api/v1/plans/" + planId + "/completeness-matrix")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(expected, m.getList("periods.expectedUnits"));
        assertEquals(List.of("APPROVED", "MISSING", "NOT_EXPECTED", "NOT_EXPECTED", "NOT_EXPECTED"),
                m.getList("units.find { it.orgUnitCode == 'P16' }.cells.status"));
        assertEquals(List.of("NOT_EXPECTED", "NOT_EXPECTED", "APPROVED", "APPROVED", "APPROVED"),
                m.getList("units.find { it.orgUnitCode == 'P14M' }.cells.status"));

        // The merged wards' history is read from their successor: its lineage names them, with the date,
        // and their reports are listed under their own codes.
        long p14m = idOf("org-units", "P14M");
        JsonPath lineage = api().when().get("/api/v1/org-units/" + p14m + "/lineage").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("P14", "P15", "P16"), lineage.getList("predecessors.code"));
        assertEquals(List.of("2018-07-01", "2018-07-01", "2018-07-01"), lineage.getList("predecessors.effectiveDate"));
        assertEquals(List.of(), lineage.getList("successors"));
        assertEquals("2018-07-01", lineage.getString("validFrom"));
        api().when().get("/api/v1/org-units/" + idOf("org-units", "P15") + "/lineage").then().statusCode(200)
                .body("successors.code", equalTo(List.of("P14M"))).body("predecessors", equalTo(List.of()))
                .body("validTo", equalTo("2018-07-01"));
        api().queryParam("orgUnit", "P15").when().get("/api/v1/submissions").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void shouldRefuseABadReorganisationWholeWithFieldErrors() {
        // Into a unit of another type: wards cannot merge into an agency.
        problem(given().body(merge("2019-01-01", List.of("P10", "P11"), "PX1", "AGENCY", "D11"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("begins[0].type", "type-differs"));
        // Ending units of different types.
        problem(given().body(merge("2019-01-01", List.of("P10", "PKT"), "PX1", "WARD", "D11"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("endingCodes[1]", "type-differs"));
        // An effective date outside a unit's validity: Ward 12 has ended on 2017-01-01 (through the API).
        long p12 = idOf("org-units", "P12");
        api().header("If-Match", etagOf("/api/v1/org-units/" + p12)).body(Map.of("code", "P12", "nameVi", "Phường 12",
                "nameEn", "Ward 12", "type", "WARD", "parentCode", "D11", "validTo", "2017-01-01"))
                .when().put("/api/v1/org-units/" + p12).then().statusCode(200);
        problem(given().body(merge("2019-01-01", List.of("P10", "P12"), "PX1", "WARD", "D11"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("effectiveDate", "outside-validity"));
        // Overlapping validity: a new unit under a code that exists, a unit reorganised twice.
        problem(given().body(merge("2019-01-01", List.of("P10", "P11"), "P13", "WARD", "D11"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("begins[0].code", "duplicate"));
        given().body(merge("2019-01-01", List.of("P09"), "P09B", "WARD", "D11")).when().post(REORGANISATIONS)
                .then().statusCode(201);
        problem(given().body(merge("2019-06-01", List.of("P09", "P10"), "PX2", "WARD", "D11"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("endingCodes[0]", "already-reorganised"))
                .body("errors", fieldError("effectiveDate", "outside-validity"));
        // Missing parts, an unknown code, a parent that does not exist then.
        problem(given().body(Map.of("endingCodes", List.of("NOPE"), "begins", List.of(Map.of("code", "PX3",
                        "nameVi", "X", "nameEn", "X", "type", "WARD", "parentCode", "P09"))))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("effectiveDate", "required"))
                .body("errors", fieldError("endingCodes[0]", "unknown-code"));
        problem(given().body(merge("2019-06-01", List.of("P10"), "PX3", "WARD", "P09"))
                .when().post(REORGANISATIONS).then(), 400, "validation")
                .body("errors", fieldError("begins[0].parentCode", "parent-not-valid"));

        // Nothing half-stored: Ward 10 and 11 were in every refused request and are still valid, no new unit exists.
        api().when().get("/api/v1/org-units/" + idOf("org-units", "P10")).then().body("validTo", nullValue());
        api().when().get("/api/v1/org-units/" + idOf("org-units", "P11")).then().body("validTo", nullValue());
        api().queryParam("q", "PX").when().get("/api/v1/org-units").then().body("total", equalTo(0));
        // Only an administrator records a reorganisation.
        as(viewerToken).body(merge("2019-01-01", List.of("P10"), "PX4", "WARD", "D11")).when().post(REORGANISATIONS)
                .then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return api();
    }
}
