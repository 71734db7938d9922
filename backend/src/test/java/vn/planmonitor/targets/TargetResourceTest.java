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
        change.put("reason", "Đổi sang mục tiêu bình quân theo chỉ đạo của UBND quận");
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
        plain.put("reason", "Hạ cận dưới xuống 90%");
        api().header("If-Match", "\"0\"").body(plain).when().put(TARGETS + "/" + id).then().statusCode(200)
                .body("direction", equalTo("BETWEEN")).body("thresholdHigh", equalTo(100))
                .body("threshold", equalTo(90));
        // Back to at least, said so: the band's high end goes with it.
        plain.put("direction", "AT_LEAST");
        api().header("If-Match", "\"1\"").body(plain).when().put(TARGETS + "/" + id).then().statusCode(200)
                .body("direction", equalTo("AT_LEAST")).body("thresholdHigh", nullValue());
        api().header("If-Match", "\"2\"").when().delete(TARGETS + "/" + id).then().statusCode(204);
    }

    @Test
    void shouldKeepEachRevisionOfTheDefinitionWithWhoWhenAndWhy() {
        // T4 was loaded by the plan's migration, before revisions: version 1 is its current definition.
        long t4 = idOf("targets", "T4");
        api().when().get(TARGETS + "/" + t4 + "/revisions").then().statusCode(200)
                .body("targetCode", equalTo("T4")).body("items.version", contains(1))
                .body("items[0].changedBy", nullValue()).body("items[0].reason", nullValue())
                .body("items[0].before", nullValue()).body("items[0].after.threshold", equalTo(3))
                .body("items[0].changedFields", org.hamcrest.Matchers.empty());

        Map<String, Object> body = target("T14", "IMPROVEMENT_INITIATIVES", "SUM");
        long id = ((Number) api().body(body).when().post(TARGETS).then().statusCode(201)
                .extract().path("id")).longValue();
        String path = TARGETS + "/" + id;
        api().when().get(path + "/revisions").then().statusCode(200).body("items.version", contains(1))
                .body("items[0].changedBy", equalTo("admin")).body("items[0].after.threshold", equalTo(20));

        // A new threshold without a reason: refused, naming the field, and nothing saved.
        body.put("threshold", 25);
        problem(api().header("If-Match", "\"0\"").body(body).when().put(path).then(), 400, "validation")
                .body("errors", fieldError("reason", "reason-required"));
        body.put("reason", "   ");
        problem(api().header("If-Match", "\"0\"").body(body).when().put(path).then(), 400, "validation")
                .body("errors", fieldError("reason", "reason-required"));
        // A reason that is not text: a field error, never a 500.
        body.put("reason", "Lý do\u0000");
        problem(api().header("If-Match", "\"0\"").body(body).when().put(path).then(), 400, "validation")
                .body("errors", fieldError("reason", "forbidden-character"));
        body.put("reason", "x".repeat(1001));
        problem(api().header("If-Match", "\"0\"").body(body).when().put(path).then(), 400, "validation")
                .body("errors", fieldError("reason", "too-long"));
        api().when().get(path).then().body("threshold", equalTo(20)).body("version", equalTo(0));
        api().when().get(path + "/revisions").then().body("items.version", contains(1));

        body.put("reason", "  Kết luận của Thường trực Quận ủy: nâng lên 25 sáng kiến  ");
        api().header("If-Match", "\"0\"").body(body).when().put(path).then().statusCode(200)
                .body("threshold", equalTo(25));
        // Only the wording changes: no reason needed, no revision.
        body.remove("reason");
        body.put("statementVi", "Hằng năm có ít nhất 25 sáng kiến được công nhận");
        api().header("If-Match", "\"1\"").body(body).when().put(path).then().statusCode(200);
        // Saving the same definition again with a reason: still nothing changed, no revision.
        body.put("reason", "Lưu lại");
        api().header("If-Match", "\"2\"").body(body).when().put(path).then().statusCode(200);
        // Direction and band at once, as the viewer sees them afterwards.
        body.put("direction", "BETWEEN");
        body.put("thresholdHigh", 30);
        body.put("reason", "Giữ trong khoảng 25–30");
        api().header("If-Match", "\"3\"").body(body).when().put(path).then().statusCode(200);

        as(viewerToken).when().get(path + "/revisions").then().statusCode(200)
                .body("items.version", contains(3, 2, 1))
                .body("items[0].changedBy", equalTo("admin"))
                .body("items[0].reason", equalTo("Giữ trong khoảng 25–30"))
                .body("items[0].changedFields", contains("direction", "thresholdHigh"))
                .body("items[0].before.direction", equalTo("AT_LEAST"))
                .body("items[0].after.direction", equalTo("BETWEEN"))
                .body("items[0].after.thresholdHigh", equalTo(30))
                .body("items[1].reason", equalTo("Kết luận của Thường trực Quận ủy: nâng lên 25 sáng kiến"))
                .body("items[1].changedFields", contains("threshold"))
                .body("items[1].before.threshold", equalTo(20)).body("items[1].after.threshold", equalTo(25))
                .body("items[2].reason", nullValue()).body("items[2].before", nullValue());
        problem(api().when().get(TARGETS + "/999999/revisions").then(), 404, "not-found");
        api().header("If-Match", "\"4\"").when().delete(path).then().statusCode(204);
    }

    @Test
    void aTargetOlderThanRevisionsKeepsItsFirstVersionAtItsFirstChange() {
        long t3 = idOf("targets", "T3");
        String path = TARGETS + "/" + t3;
        Map<String, Object> body = target("T3", "SCIENCE_MODEL", "SHARE_OF_UNITS_MEETING");
        io.restassured.path.json.JsonPath current = api().when().get(path).then().extract().jsonPath();
        for (String field : new String[]{"indicatorCode", "statementVi", "statementEn", "unitThreshold", "timing",
                "sortOrder"}) {
            body.put(field, current.get(field));
        }
        body.put("threshold", 90);
        body.put("reason", "Thử điều chỉnh");
        api().header("If-Match", etagOf(path)).body(body).when().put(path).then().statusCode(200);
        api().when().get(path + "/revisions").then().statusCode(200)
                .body("items.version", contains(2, 1))
                .body("items[0].before.threshold", equalTo(100)).body("items[0].after.threshold", equalTo(90))
                .body("items[1].changedBy", nullValue()).body("items[1].after.threshold", equalTo(100));
        // And back, so the plan's figures stay District 11's.
        body.put("threshold", 100);
        body.put("reason", "Trả lại ngưỡng của kế hoạch");
        api().header("If-Match", etagOf(path)).body(body).when().put(path).then().statusCode(200);
        api().when().get(path + "/revisions").then().body("items.version", contains(3, 2, 1));
    }
}
