package vn.planmonitor.plan;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanResourceTest extends ApiTest {

    private static final String PLANS = "/api/v1/plans";

    private static Map<String, Object> plan(String code, int first, int last) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("titleVi", "Kế hoạch chuyển đổi số 2021–2025");
        body.put("titleEn", "Digital transformation plan 2021–2025");
        body.put("firstYear", first);
        body.put("lastYear", last);
        body.put("issuingBodyVi", "Ủy ban nhân dân quận 11");
        body.put("issuingBodyEn", "People's Committee of District 11");
        body.put("sourceUrl", "https://quan11.hochiminhcity.gov.vn/");
        return body;
    }

    @Test
    void shouldServeTheDistrict11PlanWithItsSourceText() {
        long id = idOf("plans", PLAN);
        api().when().get(PLANS + "/" + id)
                .then().statusCode(200)
                .body("firstYear", equalTo(2016)).body("lastYear", equalTo(2020))
                .body("reportDeadlineDays", equalTo(31))
                .body("issuingBodyVi", equalTo("Ủy ban nhân dân quận 11"))
                .body("sourceText", containsString("100% phường có cơ sở dữ liệu thống kê"));
        api().queryParam("sort", "-firstYear").when().get(PLANS).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldCreateUpdateAndDeleteAPlan() {
        long id = ((Number) api().body(plan("D11-DX-2021-2025", 2021, 2025)).when().post(PLANS)
                .then().statusCode(201).body("reportDeadlineDays", equalTo(31)).extract().path("id")).longValue();
        Map<String, Object> change = plan("D11-DX-2021-2025", 2021, 2026);
        change.put("reportDeadlineDays", 45);
        api().header("If-Match", "\"0\"").body(change).when().put(PLANS + "/" + id)
                .then().statusCode(200).body("lastYear", equalTo(2026)).body("reportDeadlineDays", equalTo(45));
        api().header("If-Match", "\"1\"").when().delete(PLANS + "/" + id).then().statusCode(204);
    }

    @Test
    void shouldRefuseInvalidPlans() {
        Map<String, Object> body = plan(PLAN, 2020, 2016);
        body.put("sourceUrl", "ftp://x");
        body.put("reportDeadlineDays", -1);
        problem(api().body(body).when().post(PLANS).then(), 400, "validation")
                .body("errors", fieldError("code", "duplicate"))
                .body("errors", fieldError("lastYear", "before-first-year"))
                .body("errors", fieldError("sourceUrl", "not-a-url"))
                .body("errors", fieldError("reportDeadlineDays", "out-of-range"));
        Map<String, Object> wrongType = plan("D11-X", 2016, 2020);
        wrongType.put("firstYear", "2016");
        problem(api().body(wrongType).when().post(PLANS).then(), 400, "validation")
                .body("errors", fieldError("firstYear", "wrong-type"));
        Map<String, Object> fractional = plan("D11-X", 2016, 2020);
        fractional.put("lastYear", 2020.5);
        problem(api().body(fractional).when().post(PLANS).then(), 400, "validation")
                .body("errors", fieldError("lastYear", "wrong-type"));
    }

    @Test
    void shouldRefuseToDeleteAPlanThatHasTargets() {
        long id = idOf("plans", PLAN);
        problem(api().header("If-Match", etagOf(PLANS + "/" + id)).when().delete(PLANS + "/" + id).then(), 409,
                "plan-has-targets");
        problem(api().header("If-Match", "\"0\"").body(plan(PLAN, 2016, 2020)).when().put(PLANS + "/999").then(),
                404, "not-found");
    }
}
