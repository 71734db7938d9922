package vn.planmonitor.indicator;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IndicatorResourceTest extends ApiTest {

    private static final String INDICATORS = "/api/v1/indicators";

    private static Map<String, Object> count(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("nameVi", "Số hội thảo KH&CN tổ chức trong năm");
        body.put("nameEn", "S&T workshops held this year");
        body.put("unitVi", "hội thảo");
        body.put("unitEn", "workshops");
        body.put("valueKind", "COUNT");
        body.put("reportingUnitTypes", List.of("WARD"));
        return body;
    }

    @Test
    void shouldDescribeTheSeededIndicators() {
        long id = idOf("indicators", "ECON_OFFICER_TRAINING");
        api().when().get(INDICATORS + "/" + id)
                .then().statusCode(200)
                .body("valueKind", equalTo("RATIO")).body("periodType", equalTo("YEARLY"))
                .body("numeratorCode", equalTo("ECON_OFFICER_TRAINED"))
                .body("denominatorCode", equalTo("ECON_OFFICER_TOTAL"))
                .body("reportingUnitTypes", contains("WARD"));
        api().queryParam("plan", PLAN).queryParam("valueKind", "COUNT").queryParam("active", "true")
                .when().get(INDICATORS)
                .then().statusCode(200)
                .body("items.code", contains("ENTERPRISES_SUPPORTED", "IMPROVEMENT_INITIATIVES",
                        "STI_APPLICATION_MODELS"))
                .body("items.find { it.code == 'ENTERPRISES_SUPPORTED' }.reportingUnitCodes", contains("PKT"));
        problem(api().queryParam("plan", "NOPE").when().get(INDICATORS).then(), 400, "validation")
                .body("errors", fieldError("plan", "unknown-code"));
    }

    @Test
    void shouldCreateUpdateAndDeleteAnIndicator() {
        Map<String, Object> body = count("STI_WORKSHOPS");
        body.put("itemsRequired", true);
        body.put("itemFlagVi", "Có doanh nghiệp tham gia");
        body.put("itemFlagEn", "Enterprises took part");
        body.put("reportingUnitCodes", List.of("P01", "P02"));
        long id = ((Number) api().body(body).when().post(INDICATORS)
                .then().statusCode(201).body("itemsRequired", equalTo(true))
                .body("reportingUnitCodes", contains("P01", "P02")).body("periodType", equalTo("YEARLY"))
                .extract().path("id")).longValue();
        body.put("reportingUnitCodes", List.of());
        body.put("active", false);
        api().header("If-Match", "\"0\"").body(body).when().put(INDICATORS + "/" + id)
                .then().statusCode(200).body("active", equalTo(false)).body("reportingUnitCodes", empty())
                .body("version", equalTo(1));
        api().header("If-Match", "\"1\"").when().delete(INDICATORS + "/" + id).then().statusCode(204);
    }

    @Test
    void shouldRefuseIndicatorsThatContradictTheirKind() {
        Map<String, Object> body = count("ECON_OFFICER_TRAINING");
        body.put("valueKind", "BOOLEAN");
        body.put("itemsRequired", true);
        body.put("numeratorCode", "X_NUM");
        body.put("reportingUnitTypes", List.of());
        body.put("reportingUnitCodes", List.of("NOWHERE"));
        problem(api().body(body).when().post(INDICATORS).then(), 400, "validation")
                .body("errors", fieldError("code", "duplicate"))
                .body("errors", fieldError("itemsRequired", "only-for-count"))
                .body("errors", fieldError("numeratorCode", "only-for-ratio"))
                .body("errors", fieldError("reportingUnitTypes", "required"))
                .body("errors", fieldError("reportingUnitCodes[0]", "unknown-code"));
        Map<String, Object> ratio = count("NEW_RATIO");
        ratio.put("valueKind", "RATIO");
        ratio.put("reportingUnitCodes", List.of("PKT"));
        problem(api().body(ratio).when().post(INDICATORS).then(), 400, "validation")
                .body("errors", fieldError("numeratorCode", "required"))
                .body("errors", fieldError("denominatorVi", "required"))
                .body("errors", fieldError("reportingUnitCodes[0]", "unit-type-not-reporting"));
        Map<String, Object> otherPlan = count("NEW_COUNT");
        otherPlan.put("planCode", "NO-PLAN");
        otherPlan.put("periodType", "WEEKLY");
        problem(api().body(otherPlan).when().post(INDICATORS).then(), 400, "validation")
                .body("errors", fieldError("periodType", "not-one-of"));
    }

    @Test
    void shouldRefuseToDeleteAnIndicatorATargetUses() {
        long id = idOf("indicators", "STI_DATABASE");
        problem(api().header("If-Match", etagOf(INDICATORS + "/" + id)).when().delete(INDICATORS + "/" + id)
                .then(), 409, "indicator-has-targets");
    }
}
