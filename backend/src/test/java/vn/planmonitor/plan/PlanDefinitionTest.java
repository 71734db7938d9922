package vn.planmonitor.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans as documents (issue 16): download, import (dry run and real, all or nothing), copy to the next cycle. */
@QuarkusTest
class PlanDefinitionTest extends ApiTest {

    private static final String IMPORT = "/api/v1/plan-definitions";

    private static Map<String, Object> definition(long planId) {
        return api().when().get("/api/v1/plans/" + planId + "/definition").then().statusCode(200)
                .extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap("$");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> doc, String key) {
        return (List<Map<String, Object>>) doc.get(key);
    }

    private static long d11T2() {
        return ((Number) api().queryParam("plan", PLAN).when().get("/api/v1/targets").then().statusCode(200)
                .extract().jsonPath().getList("items", Map.class).stream().filter(t -> "T2".equals(t.get("code")))
                .findFirst().orElseThrow().get("id")).longValue();
    }

    @Test
    void shouldRoundTripDistrict11sPlanUnchanged() {
        long id = idOf("plans", PLAN);
        Map<String, Object> before = definition(id);
        int indicators = list(before, "indicators").size();
        assertEquals(7, list(before, "targets").size());
        assertEquals(1, before.get("version"));
        String progress = api().when().get("/api/v1/plans/" + id + "/progress").then().statusCode(200)
                .extract().asString().replaceAll("\"generatedAt\":\"[^\"]*\"", "");
        String etag = etagOf("/api/v1/plans/" + id);
        String t2 = etagOf("/api/v1/targets/" + d11T2());
        for (String dryRun : List.of("true", "false")) {
            api().queryParam("dryRun", dryRun).body(before).when().post(IMPORT).then().statusCode(200)
                    .body("dryRun", equalTo(Boolean.parseBoolean(dryRun))).body("planCode", equalTo(PLAN))
                    .body("created", equalTo(0)).body("changed", equalTo(0))
                    .body("unchanged", equalTo(1 + indicators + 7)).body("items", hasSize(1 + indicators + 7));
        }
        assertEquals(before, definition(id));
        // Nothing unchanged was written again.
        assertEquals(etag, etagOf("/api/v1/plans/" + id));
        assertEquals(t2, etagOf("/api/v1/targets/" + d11T2()));
        assertEquals(progress, api().when().get("/api/v1/plans/" + id + "/progress").then().statusCode(200)
                .extract().asString().replaceAll("\"generatedAt\":\"[^\"]*\"", ""));
    }

    @Test
    void shouldSummariseADryRunExactlyAndStoreNothing() {
        long id = idOf("plans", PLAN);
        Map<String, Object> doc = definition(id);
        int indicators = list(doc, "indicators").size();
        Map<String, Object> t2 = list(doc, "targets").stream().filter(t -> "T2".equals(t.get("code"))).findFirst()
                .orElseThrow();
        t2.put("threshold", 55);
        t2.put("statementEn", "Changed statement");
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "DOC_NEW_COUNT", "planCode", PLAN,
                "nameVi", "Số hội thảo", "nameEn", "Workshops", "unitVi", "hội thảo", "unitEn", "workshops",
                "valueKind", "COUNT", "reportingUnitTypes", List.of("WARD")));
        list(doc, "indicators").add(indicator);
        list(doc, "targets").add(new HashMap<>(Map.of("code", "T9", "planCode", PLAN, "indicatorCode",
                "DOC_NEW_COUNT", "statementVi", "Mỗi năm ít nhất 5 hội thảo", "statementEn", "At least 5 workshops a year",
                "aggregation", "SUM", "threshold", 5, "timing", "EVERY_YEAR")));
        // A new threshold changes what the target means: like PUT, the import wants the reason with it.
        int t2At = list(doc, "targets").indexOf(t2);
        api().queryParam("dryRun", "true").body(doc).when().post(IMPORT).then().statusCode(422)
                .body("errors", fieldError("targets[" + t2At + "].reason", "reason-required"));
        t2.put("reason", "Nâng ngưỡng theo Nghị quyết mới");
        api().queryParam("dryRun", "true").body(doc).when().post(IMPORT).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(2)).body("changed", equalTo(1)).body("unchanged", equalTo(1 + indicators + 6))
                .body("items.find { it.code == 'T2' }.outcome", equalTo("CHANGED"))
                .body("items.find { it.code == 'T2' }.changedFields", equalTo(List.of("statementEn", "threshold")))
                .body("items.find { it.code == 'T9' }.outcome", equalTo("CREATED"))
                .body("items.find { it.code == 'DOC_NEW_COUNT' }.kind", equalTo("INDICATOR"))
                .body("items[0].kind", equalTo("PLAN")).body("items[0].outcome", equalTo("UNCHANGED"));
        api().queryParam("plan", PLAN).when().get("/api/v1/targets").then().body("total", equalTo(7));
        api().when().get("/api/v1/indicators?plan=" + PLAN + "&size=100").then().body("total", equalTo(indicators));

        api().body(doc).when().post(IMPORT).then().statusCode(200).body("dryRun", equalTo(false))
                .body("created", equalTo(2)).body("changed", equalTo(1));
        api().queryParam("plan", PLAN).when().get("/api/v1/targets").then().body("total", equalTo(8))
                .body("items.find { it.code == 'T2' }.threshold", equalTo(55));
        api().queryParam("dryRun", "true").body(doc).when().post(IMPORT).then().statusCode(200)
                .body("created", equalTo(0)).body("changed", equalTo(0));
    }

    @Test
    void shouldRefuseABadDocumentWholeNamingEachFieldAndStoreNothing() {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "DOC-BAD-2021-2025", "titleVi", "Kế hoạch lỗi",
                "titleEn", "Faulty plan", "firstYear", 2021, "lastYear", 2025, "issuingBodyVi", "UBND",
                "issuingBodyEn", "People's Committee"));
        List<Object> indicators = new ArrayList<>(List.of(
                Map.of("code", "BAD_A", "planCode", "DOC-BAD-2021-2025", "nameVi", "A", "nameEn", "A", "unitVi", "đ",
                        "unitEn", "VND", "formula", Map.of("operator", "SUM", "a", "BAD_N", "b", "BAD_B")),
                Map.of("code", "BAD_B", "planCode", "DOC-BAD-2021-2025", "nameVi", "B", "nameEn", "B", "unitVi", "đ",
                        "unitEn", "VND", "formula", Map.of("operator", "SUM", "a", "BAD_N", "b", "BAD_A")),
                Map.of("code", "BAD_N", "planCode", "DOC-BAD-2021-2025", "nameVi", "N", "nameEn", "N", "unitVi", "đ",
                        "unitEn", "VND", "valueKind", "NUMBER", "reportingUnitTypes", List.of("WARD")),
                ratio("BAD_R", "DOC-BAD-2021-2025")));
        List<Object> targets = List.of(
                Map.of("code", "T1", "planCode", "DOC-BAD-2021-2025", "indicatorCode", "NO_SUCH_INDICATOR",
                        "statementVi", "x", "statementEn", "x", "aggregation", "SUM", "threshold", 1,
                        "timing", "EVERY_YEAR"),
                Map.of("code", "T2", "planCode", "DOC-BAD-2021-2025", "indicatorCode", "BAD_R",
                        "statementVi", "Trong khoảng 98–95%", "statementEn", "Between 98 and 95%",
                        "aggregation", "RATIO_OF_SUMS", "direction", "BETWEEN", "threshold", 98, "thresholdHigh", 95,
                        "timing", "EVERY_YEAR"),
                Map.of("code", "T3", "planCode", "DOC-BAD-2021-2025", "indicatorCode", "BAD_N",
                        "statementVi", "Đúng", "statementEn", "Fine", "aggregation", "SUM", "threshold", 3,
                        "timing", "EVERY_YEAR"));
        Map<String, Object> doc = Map.of("version", 1, "plan", plan, "indicators", indicators, "targets", targets);
        for (String dryRun : List.of("true", "false")) {
            problem(api().queryParam("dryRun", dryRun).body(doc).when().post(IMPORT).then(), 422,
                    "plan-definition-refused")
                    .body("errors", fieldError("targets[0].indicatorCode", "unknown-code"))
                    .body("errors", fieldError("targets[1].thresholdHigh", "band-low-above-high"))
                    .body("errors", fieldError("indicators[0].formula.b", "formula-cycle"))
                    .body("errors", fieldError("indicators[1].formula.b", "formula-cycle"))
                    .body("errors.size()", equalTo(4));
        }
        api().when().get("/api/v1/plans?size=100").then().body("items.code", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("DOC-BAD-2021-2025")));
        problem(api().when().get("/api/v1/indicators?plan=DOC-BAD-2021-2025").then(), 400, "validation");
        assertTrue(api().when().get("/api/v1/indicators?size=500").then().extract().jsonPath()
                .getList("items.code", String.class).stream().noneMatch(c -> c.startsWith("BAD_")));

        Map<String, Object> unsupported = new HashMap<>(doc);
        unsupported.put("version", 2);
        problem(api().body(unsupported).when().post(IMPORT).then(), 422, "plan-definition-refused")
                .body("errors", fieldError("version", "unsupported-version"));
        problem(api().queryParam("dryRun", "perhaps").body(doc).when().post(IMPORT).then(), 400, "validation")
                .body("errors", fieldError("dryRun", "not-a-boolean"));
    }

    private static Map<String, Object> ratio(String code, String plan) {
        Map<String, Object> r = new HashMap<>(Map.of("code", code, "planCode", plan, "nameVi", "R", "nameEn", "R",
                "unitVi", "%", "unitEn", "%", "valueKind", "RATIO", "reportingUnitTypes", List.of("WARD")));
        r.putAll(Map.of("numeratorCode", code + "_N", "numeratorVi", "Tử", "numeratorEn", "Num",
                "denominatorCode", code + "_D", "denominatorVi", "Mẫu", "denominatorEn", "Den"));
        return r;
    }

    @Test
    void shouldCopyAPlanToItsNextCycle() {
        long id = idOf("plans", PLAN);
        Map<String, Object> source = definition(id);
        long copy = ((Number) api().body(Map.of("code", "D11-STI-2021-2025", "titleVi", "Kế hoạch KH&CN 2021–2025",
                        "titleEn", "S&T plan 2021–2025", "firstYear", 2021, "lastYear", 2025)).when()
                .post("/api/v1/plans/" + id + "/copy").then().statusCode(201)
                .header("Location", startsWith("http")).body("code", equalTo("D11-STI-2021-2025"))
                .body("sourceUrl", equalTo(null)).extract().path("id")).longValue();
        Map<String, Object> next = definition(copy);
        assertEquals(list(source, "indicators").size(), list(next, "indicators").size());
        assertEquals(list(source, "targets").size(), list(next, "targets").size());
        for (int i = 0; i < list(source, "targets").size(); i++) {
            Map<String, Object> old = list(source, "targets").get(i);
            Map<String, Object> now = list(next, "targets").get(i);
            assertEquals(old.get("code"), now.get("code"));
            assertEquals(old.get("indicatorCode") + "_2021", now.get("indicatorCode"));
            assertEquals(old.get("threshold"), now.get("threshold"));
            assertEquals(old.get("dueYear") == null ? null : (Integer) old.get("dueYear") + 5, now.get("dueYear"));
            assertEquals("D11-STI-2021-2025", now.get("planCode"));
        }
        api().queryParam("plan", "D11-STI-2021-2025").when().get("/api/v1/submissions").then().statusCode(200)
                .body("total", equalTo(0));
        // Its progress is there, with no figures yet.
        api().when().get("/api/v1/plans/" + copy + "/progress").then().statusCode(200);

        // The next cycle again: the trailing _2021 is replaced, not kept.
        long third = ((Number) api().body(Map.of("code", "D11-STI-2026-2030", "titleVi", "Kế hoạch 2026–2030",
                        "titleEn", "Plan 2026–2030", "firstYear", 2026, "lastYear", 2030)).when()
                .post("/api/v1/plans/" + copy + "/copy").then().statusCode(201).extract().path("id")).longValue();
        assertTrue(list(definition(third), "indicators").stream()
                .allMatch(i -> ((String) i.get("code")).endsWith("_2026") && !((String) i.get("code")).contains("2021")));

        problem(api().body(Map.of("code", "D11-STI-2021-2025", "titleVi", "x", "titleEn", "x", "firstYear", 2031,
                "lastYear", 2035, "indicatorCodeSuffix", "_X")).when().post("/api/v1/plans/" + id + "/copy").then(),
                400, "validation").body("errors", fieldError("code", "duplicate"));
        problem(api().body(Map.of("code", "D11-SHORT", "titleVi", "x", "titleEn", "x", "firstYear", 2031,
                "lastYear", 2032, "indicatorCodeSuffix", "_S")).when().post("/api/v1/plans/" + id + "/copy").then(),
                400, "validation").body("errors", fieldError("targets[0].dueYear", "outside-plan"));
        api().when().get("/api/v1/plans?size=100").then().body("items.code", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("D11-SHORT")));
        problem(api().body(Map.of("code", "X", "titleVi", "x", "titleEn", "x", "firstYear", 2021, "lastYear", 2025))
                .when().post("/api/v1/plans/999999/copy").then(), 404, "not-found");
    }
}
