package vn.planmonitor.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.TargetProgressAnswers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planmonitor.support.TargetProgressAnswers.assertNumber;

/**
 * Two-level local government (since July 2025) built through the API alone, beside District 11: an
 * administrator adds the types PROVINCE and COMMUNE, a province with three communes, a plan whose
 * indicator the communes report, a target, and the reports. Worked out by hand (today is 2020-06-30):
 * <pre>
 * TRAINED_OFFICERS (RATIO, COMMUNE), target ≥ 80%, every year
 *   2019: XA-A 8/10 approved · XA-B 15/20 approved · XA-C 9/10 submitted, not yet approved (not counted)
 *   figure = (8 + 15) / (10 + 20) = 23/30 = 76.6667% → not met; expected 3 (the communes, not the wards of
 *   District 11, nor the province itself), reported 2
 * </pre>
 */
@QuarkusTest
class ProvinceCommunePlanTest extends ApiTest {

    private static final String PROVINCE_PLAN = "HT-CCVC-2019-2020";
    private static final String SUBMISSIONS = "/api/v1/submissions";

    private static void post(String path, Map<String, Object> body) {
        api().body(body).when().post(path).then().statusCode(201);
    }

    private static Map<String, Object> unit(String code, String nameVi, String nameEn, String type, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "nameVi", nameVi, "nameEn", nameEn, "type", type));
        body.put("parentCode", parent);
        return body;
    }

    /** Creates, submits (as the admin) and, when asked, approves (as the reviewer) one commune's 2019 report. */
    private static void report(String commune, int numerator, int denominator, boolean approve) {
        long id = ((Number) api().body(Map.of("planCode", PROVINCE_PLAN, "orgUnitCode", commune, "period", "2019",
                        "values", List.of(Map.of("indicatorCode", "TRAINED_OFFICERS", "numerator", numerator,
                                "denominator", denominator))))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        api().header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200);
        if (approve) {
            as(reviewerToken).header("If-Match", "\"1\"").when().post(SUBMISSIONS + "/" + id + "/approve").then()
                    .statusCode(200).body("status", equalTo("APPROVED"));
        }
    }

    @Test
    void shouldFollowAProvincePlanReportedByItsCommunes() {
        post("/api/v1/unit-types", Map.of("code", "PROVINCE", "nameVi", "Tỉnh", "nameEn", "Province",
                "sortOrder", 1, "topLevel", true));
        post("/api/v1/unit-types", Map.of("code", "COMMUNE", "nameVi", "Xã", "nameEn", "Commune", "sortOrder", 2));
        // A commune needs its province above it; the province needs no parent.
        problem(api().body(unit("XA-A", "Xã A", "Commune A", "COMMUNE", null)).when().post("/api/v1/org-units").then(),
                400, "validation").body("errors", fieldError("parentCode", "required"));
        post("/api/v1/org-units", unit("HT", "Tỉnh Hà Tĩnh", "Ha Tinh Province", "PROVINCE", null));
        post("/api/v1/org-units", unit("XA-A", "Xã A", "Commune A", "COMMUNE", "HT"));
        post("/api/v1/org-units", unit("XA-B", "Xã B", "Commune B", "COMMUNE", "HT"));
        post("/api/v1/org-units", unit("XA-C", "Xã C", "Commune C", "COMMUNE", "HT"));

        post("/api/v1/plans", Map.of("code", PROVINCE_PLAN, "titleVi", "Kế hoạch đào tạo cán bộ xã 2019–2020",
                "titleEn", "Commune officer training plan 2019–2020", "firstYear", 2019, "lastYear", 2020,
                "issuingBodyVi", "UBND tỉnh Hà Tĩnh", "issuingBodyEn", "Ha Tinh Provincial People's Committee"));
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "TRAINED_OFFICERS", "planCode", PROVINCE_PLAN,
                "nameVi", "Tỷ lệ cán bộ xã được đào tạo", "nameEn", "Share of commune officers trained",
                "unitVi", "%", "unitEn", "%", "periodType", "YEARLY", "valueKind", "RATIO",
                "reportingUnitTypes", List.of("COMMUNE")));
        indicator.putAll(Map.of("numeratorCode", "TRAINED", "numeratorVi", "Số cán bộ được đào tạo",
                "numeratorEn", "Officers trained", "denominatorCode", "OFFICERS", "denominatorVi", "Tổng số cán bộ",
                "denominatorEn", "Officers"));
        post("/api/v1/indicators", indicator);
        long target = ((Number) api().body(Map.of("code", "HT-T1", "planCode", PROVINCE_PLAN,
                        "indicatorCode", "TRAINED_OFFICERS", "statementVi", "80% cán bộ xã được đào tạo",
                        "statementEn", "80% of commune officers trained", "aggregation", "RATIO_OF_SUMS",
                        "threshold", 80, "timing", "EVERY_YEAR"))
                .when().post("/api/v1/targets").then().statusCode(201).extract().path("id")).longValue();

        report("XA-A", 8, 10, true);
        report("XA-B", 15, 20, true);
        report("XA-C", 9, 10, false);

        JsonPath p = TargetProgressAnswers.progress(target);
        assertEquals(List.of("2019", "2020"), p.getList("target.periods.period"));
        assertNumber("23", p.get("target.periods[0].numerator"));
        assertNumber("30", p.get("target.periods[0].denominator"));
        assertNumber("76.6667", p.get("target.periods[0].figure"));
        assertEquals(false, p.get("target.periods[0].met"));
        assertEquals(3, (int) p.get("target.periods[0].expectedUnits"));
        assertEquals(2, (int) p.get("target.periods[0].reportedUnits"));

        // The types are in use now: neither can go.
        problem(api().header("If-Match", "\"0\"").when().delete("/api/v1/unit-types/" + idOf("unit-types", "COMMUNE"))
                .then(), 409, "unit-type-in-use")
                .body("detail", equalTo("Loại đơn vị COMMUNE là loại của 3 đơn vị: XA-A, XA-B, XA-C. "
                        + "Hãy đổi loại hoặc xoá các đơn vị đó trước."));
        problem(api().header("If-Match", "\"0\"").when().delete("/api/v1/unit-types/" + idOf("unit-types", "PROVINCE"))
                .then(), 409, "unit-type-in-use");
    }
}
