package vn.planmonitor.targets;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TargetResourceTest extends ApiTest {

    private static final String TARGETS = "/api/v1/targets";

    private static Map<String, Object> target(String code, String indicator, String aggregation) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("planCode", PLAN);
        body.put("indicatorCode", indicator);
        body.put("statementVi", "Hằng năm có ít nhất 20 sáng kiến được công nhận");
        body.put("statementEn", "At least 20 initiatives recognised every year");
        body.put("aggregation", aggregation);
        body.put("threshold", 20);
        body.put("timing", "EVERY_YEAR");
        return body;
    }

    @Test
    void shouldListTheSevenTargetsOfThePlanInOrder() {
        api().queryParam("plan", PLAN).when().get(TARGETS)
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.code", contains("T1A", "T1B", "T2", "T3", "T4", "T5", "T6"))
                .body("items[0].aggregation", equalTo("RATIO_OF_SUMS"))
                .body("items[0].threshold", equalTo(100)).body("items[0].dueYear", equalTo(2020))
                .body("items[1].threshold", equalTo(50))
                .body("items[3].unitThreshold", equalTo(1)).body("items[3].timing", equalTo("EVERY_YEAR"))
                .body("items[3].dueYear", nullValue())
                .body("items[4].aggregation", equalTo("SUM")).body("items[4].threshold", equalTo(3));
        api().queryParam("indicator", "CREATIVITY_CLUB").when().get(TARGETS)
                .then().statusCode(200).body("items.code", contains("T6"));
        problem(api().queryParam("plan", "X").queryParam("indicator", "Y").when().get(TARGETS).then(), 400,
                "validation").body("errors", fieldError("plan", "unknown-code"))
                .body("errors", fieldError("indicator", "unknown-code"));
    }

    @Test
    void shouldCreateUpdateAndDeleteATarget() {
        long id = ((Number) api().body(target("T7", "IMPROVEMENT_INITIATIVES", "SUM")).when().post(TARGETS)
                .then().statusCode(201).body("sortOrder", equalTo(8)).body("unitThreshold", nullValue())
                .extract().path("id")).longValue();
        Map<String, Object> change = target("T7", "IMPROVEMENT_INITIATIVES", "AVERAGE");
        change.put("threshold", 2.5);
        change.put("timing", "BY_YEAR");
        change.put("dueYear", 2019);
        api().header("If-Match", "\"0\"").body(change).when().put(TARGETS + "/" + id)
                .then().statusCode(200).body("aggregation", equalTo("AVERAGE")).body("threshold", equalTo(2.5f))
                .body("dueYear", equalTo(2019));
        long t1a = idOf("targets", "T1A");
        api().when().get(TARGETS + "/" + t1a).then().statusCode(200).body("indicatorCode", equalTo("ECON_OFFICER_TRAINING"));
        api().header("If-Match", "\"1\"").when().delete(TARGETS + "/" + id).then().statusCode(204);
    }

    @Test
    void shouldRefuseRulesThatDoNotFitTheIndicator() {
        Map<String, Object> body = target("T1A", "STI_DATABASE", "RATIO_OF_SUMS");
        body.put("threshold", 120);
        body.put("unitThreshold", 1);
        body.put("dueYear", 2018);
        problem(api().body(body).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("code", "duplicate"))
                .body("errors", fieldError("aggregation", "aggregation-not-for-kind"))
                .body("errors", fieldError("threshold", "percentage-above-100"))
                .body("errors", fieldError("unitThreshold", "only-for-share"))
                .body("errors", fieldError("dueYear", "only-for-by-year"));
        Map<String, Object> share = target("T8", "STI_DATABASE", "SHARE_OF_UNITS_MEETING");
        share.put("timing", "BY_YEAR");
        share.put("dueYear", 2025);
        share.put("threshold", -1);
        problem(api().body(share).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("unitThreshold", "required"))
                .body("errors", fieldError("dueYear", "outside-plan"))
                .body("errors", fieldError("threshold", "out-of-range"));
        problem(api().body(target("T9", "NO_SUCH", "SUM")).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("indicatorCode", "unknown-code"));
        api().queryParam("plan", PLAN).when().get(TARGETS).then().body("total", equalTo(7));
    }

    @Test
    void shouldRefuseABandThatIsNotOne() {
        Map<String, Object> band = target("T10", "ECON_OFFICER_TRAINING", "RATIO_OF_SUMS");
        band.put("direction", "BETWEEN");
        band.put("threshold", 95);
        band.put("thresholdHigh", 90);
        problem(api().body(band).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "band-low-above-high"));
        band.put("thresholdHigh", 101);
        problem(api().body(band).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "percentage-above-100"));
        band.remove("thresholdHigh");
        problem(api().body(band).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "required"));
        Map<String, Object> atMost = target("T11", "ECON_OFFICER_TRAINING", "RATIO_OF_SUMS");
        atMost.put("direction", "AT_MOST");
        atMost.put("thresholdHigh", 100);
        problem(api().body(atMost).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("thresholdHigh", "only-for-between"));
        Map<String, Object> share = target("T12", "STI_DATABASE", "SHARE_OF_UNITS_MEETING");
        share.put("unitThreshold", 1);
        share.put("direction", "BETWEEN");
        share.put("thresholdHigh", 30);
        problem(api().body(share).when().post(TARGETS).then(), 400, "validation")
                .body("errors", fieldError("direction", "between-not-for-share"));
        api().queryParam("plan", PLAN).when().get(TARGETS).then().body("total", equalTo(7));
    }

    @Test
    void shouldKeepABandUnlessTheDirectionIsChanged() {
        Map<String, Object> band = target("T13", "ECON_OFFICER_TRAINING", "RATIO_OF_SUMS");
        band.put("direction", "BETWEEN");
        band.put("threshold", 95);
        band.put("thresholdHigh", 100);
        long id = ((Number) api().body(band).when().post(TARGETS).then().statusCode(201)
                .body("direction", equalTo("BETWEEN")).body("thresholdHigh", equalTo(100))
                .extract().path("id")).longValue();
        // Saved by a client that leaves direction out (as sortOrder): the band stays, low end as sent.
        Map<String, Object> plain = target("T13", "ECON_OFFICER_TRAINING", "RATIO_OF_SUMS");
        plain.put("threshold", 90);
        api().header("If-Match", "\"0\"").body(plain).when().put(TARGETS + "/" + id).then().statusCode(200)
                .body("direction", equalTo("BETWEEN")).body("thresholdHigh", equalTo(100))
                .body("threshold", equalTo(90));
        // Back to at least, said so: the band's high end goes with it.
        plain.put("direction", "AT_LEAST");
        api().header("If-Match", "\"1\"").body(plain).when().put(TARGETS + "/" + id).then().statusCode(200)
                .body("direction", equalTo("AT_LEAST")).body("thresholdHigh", nullValue());
        api().header("If-Match", "\"2\"").when().delete(TARGETS + "/" + id).then().statusCode(204);
    }
}
