package vn.planmonitor.submission;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SubmissionResourceTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    private static Map<String, Object> ratio(String indicator, int numerator, int denominator) {
        return Map.of("indicatorCode", indicator, "numerator", numerator, "denominator", denominator);
    }

    private static Map<String, Object> answer(String indicator, boolean yes) {
        return Map.of("indicatorCode", indicator, "answer", yes);
    }

    /** A complete, valid yearly report of a ward: every indicator a ward reports in this plan. */
    private static List<Map<String, Object>> wardValues() {
        return List.of(
                ratio("ECON_OFFICER_TRAINING", 2, 3),
                ratio("CIVIL_SERVANT_TRAINING", 10, 24),
                answer("STI_DATABASE", true),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 2, "items", List.of(
                        Map.of("name", "Một cửa điện tử phường", "flagged", true),
                        Map.of("name", "Bản đồ số hộ kinh doanh"))),
                answer("CREATIVE_MOVEMENT", true),
                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 4));
    }

    private static Map<String, Object> report(String unit, String period, List<Map<String, Object>> values) {
        return Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "comment", "Báo cáo năm",
                "values", values);
    }

    private long create(String unit, String period) {
        return ((Number) api().body(report(unit, period, wardValues())).when().post(SUBMISSIONS)
                .then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void shouldCreateAWardReportWithEveryKindOfValue() {
        api().body(report("P10", "2017", wardValues()))
                .when().post(SUBMISSIONS)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("demo", equalTo(false))
                .body("orgUnitCode", equalTo("P10")).body("period", equalTo("2017"))
                .body("values", hasSize(6))
                .body("values.find { it.indicatorCode == 'ECON_OFFICER_TRAINING' }.numerator", equalTo(2))
                .body("values.find { it.indicatorCode == 'ECON_OFFICER_TRAINING' }.denominator", equalTo(3))
                .body("values.find { it.indicatorCode == 'STI_DATABASE' }.answer", equalTo(true))
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.name",
                        contains("Một cửa điện tử phường", "Bản đồ số hộ kinh doanh"))
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.flagged",
                        contains(true, false));
    }

    @Test
    void shouldUpdateValuesInPlaceAndBumpTheVersion() {
        long id = create("P02", "2017");
        api().header("If-Match", "\"0\"")
                .body(Map.of("comment", "Đã sửa", "values", List.of(ratio("ECON_OFFICER_TRAINING", 3, 3),
                        answer("STI_DATABASE", false))))
                .when().put(SUBMISSIONS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("comment", equalTo("Đã sửa"))
                .body("values.indicatorCode", contains("ECON_OFFICER_TRAINING", "STI_DATABASE"))
                .body("values[0].numerator", equalTo(3)).body("values[1].answer", equalTo(false));
    }

    @Test
    void shouldFilterAndPageTheList() {
        create("P03", "2018");
        create("P04", "2018");
        create("P04", "2019");
        api().queryParam("plan", PLAN).queryParam("period", "2018").queryParam("status", "DRAFT")
                .queryParam("sort", "orgUnit")
                .when().get(SUBMISSIONS)
                .then().statusCode(200).body("total", equalTo(2)).body("items.orgUnitCode", contains("P03", "P04"));
        api().queryParam("orgUnit", "P04").queryParam("size", 1).queryParam("sort", "-period")
                .when().get(SUBMISSIONS)
                .then().statusCode(200).body("total", equalTo(2)).body("items.period", contains("2019"));
        problem(api().queryParam("period", "2018-01").queryParam("orgUnit", "P99").queryParam("status", "DONE")
                .when().get(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("status", "not-one-of"));
        problem(api().queryParam("period", "2018-01").queryParam("orgUnit", "P99")
                .when().get(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("period", "invalid-period"))
                .body("errors", fieldError("orgUnit", "unknown-code"));
    }

    @Test
    void shouldNameAnInactiveUnitOnceRatherThanOncePerValue() {
        api().body(Map.of("code", "P90", "nameVi", "Phường 90", "nameEn", "Ward 90", "type", "WARD",
                        "parentCode", "D11", "validTo", "2017-01-01"))
                .when().post("/api/v1/org-units").then().statusCode(201);
        problem(api().body(report("P90", "2017", wardValues())).when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors", fieldError("orgUnitCode", "unit-inactive"));
    }

    @Test
    void shouldRefuseADuplicateReportForTheSameUnitPeriodAndPlan() {
        create("P05", "2017");
        problem(api().body(report("P05", "2017", List.of())).when().post(SUBMISSIONS).then(), 409,
                "submission-exists");
        api().queryParam("orgUnit", "P05").when().get(SUBMISSIONS).then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseUnknownCodesAPeriodOutsideThePlanAndABadPeriod() {
        problem(api().body(report("P77", "2021", List.of())).when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unknown-code"))
                .body("errors", fieldError("period", "outside-plan"));
        problem(api().body(Map.of("planCode", "NO-PLAN", "orgUnitCode", "P01", "period", "2017Q5"))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("planCode", "unknown-code"))
                .body("errors", fieldError("period", "invalid-period"));
        problem(api().body(Map.of("comment", "thiếu hết")).when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("planCode", "required"))
                .body("errors", fieldError("orgUnitCode", "required"))
                .body("errors", fieldError("period", "required"));
        problem(api().body(report("P01", "2017", List.of(ratio("NO_SUCH_INDICATOR", 1, 2))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].indicatorCode", "unknown-indicator-in-plan"));
        assertNoSubmissions();
    }

    @Test
    void shouldRefuseValuesOfTheWrongKind() {
        problem(api().body(report("P01", "2017", List.of(
                        Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "number", 3),
                        Map.of("indicatorCode", "STI_DATABASE", "number", 1),
                        Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 2.5),
                        Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true, "items",
                                List.of(Map.of("name", "x"))))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].number", "not-applicable"))
                .body("errors", fieldError("values[0].numerator", "required"))
                .body("errors", fieldError("values[1].number", "not-applicable"))
                .body("errors", fieldError("values[1].answer", "required"))
                .body("errors", fieldError("values[2].number", "not-whole-number"))
                .body("errors", fieldError("values[3].items", "not-applicable"));
        problem(api().body(report("P01", "2017", List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", "có"))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].answer", "wrong-type"));
        assertNoSubmissions();
    }

    @Test
    void shouldRefuseANumeratorAboveItsDenominatorAndNegativeFigures() {
        problem(api().body(report("P01", "2017", List.of(ratio("ECON_OFFICER_TRAINING", 5, 3),
                        ratio("CIVIL_SERVANT_TRAINING", -1, 3),
                        Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 1e15))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].numerator", "numerator-above-denominator"))
                .body("errors", fieldError("values[1].numerator", "negative"))
                .body("errors", fieldError("values[2].number", "too-large"));
        assertNoSubmissions();
    }

    @Test
    void shouldRefuseAnIndicatorTheUnitDoesNotReport() {
        // Schools report only the creativity club; T4 is reported by the Economic Office alone.
        problem(api().body(report("THCS-LUGIA", "2017", List.of(answer("STI_DATABASE", true))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].indicatorCode", "unit-not-reporting"));
        problem(api().body(report("PNV", "2017", List.of(Map.of("indicatorCode", "ENTERPRISES_SUPPORTED",
                        "number", 1, "items", List.of(Map.of("name", "Công ty A"))))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].indicatorCode", "unit-not-reporting"));
        problem(api().body(report("D11", "2017", List.of())).when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unit-reports-nothing"));
        assertNoSubmissions();
    }

    @Test
    void shouldRefuseDuplicateIndicatorsAndFlagsWhereTheIndicatorHasNone() {
        problem(api().body(report("PKT", "2017", List.of(
                        Map.of("indicatorCode", "ENTERPRISES_SUPPORTED", "number", 1,
                                "items", List.of(Map.of("name", "Công ty A", "flagged", true))),
                        answer("CREATIVE_MOVEMENT", true), answer("CREATIVE_MOVEMENT", false))))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("values[0].items[0].flagged", "not-applicable"))
                .body("errors", fieldError("values[2].indicatorCode", "duplicate-value"));
    }

    @Test
    void shouldRefuseClientControlledFields() {
        problem(api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2017", "status", "APPROVED"))
                .when().post(SUBMISSIONS).then(), 400, "validation")
                .body("errors", fieldError("status", "unknown-field"));
        long id = create("P06", "2017");
        problem(api().header("If-Match", "\"0\"").body(Map.of("orgUnitCode", "P07", "values", List.of()))
                .when().put(SUBMISSIONS + "/" + id).then(), 400, "validation")
                .body("errors", fieldError("orgUnitCode", "unknown-field"));
        api().when().get(SUBMISSIONS + "/" + id).then().body("orgUnitCode", equalTo("P06")).body("version", equalTo(0));
    }

    @Test
    void shouldKeepTheStoredReportWhenAnUpdateIsStaleOrInvalid() {
        long id = create("P08", "2017");
        Map<String, Object> change = Map.of("values", List.of(ratio("ECON_OFFICER_TRAINING", 1, 1)));
        problem(api().body(change).when().put(SUBMISSIONS + "/" + id).then(), 428, "precondition-required");
        problem(api().header("If-Match", "\"3\"").body(change).when().put(SUBMISSIONS + "/" + id).then(), 412,
                "precondition-failed");
        problem(api().header("If-Match", "\"0\"").body(Map.of("values", List.of(ratio("ECON_OFFICER_TRAINING", 4, 1))))
                .when().put(SUBMISSIONS + "/" + id).then(), 400, "validation");
        api().when().get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("values", hasSize(6))
                .body("values.find { it.indicatorCode == 'ECON_OFFICER_TRAINING' }.numerator", equalTo(2));
    }

    @Test
    void shouldDeleteADraft() {
        long id = create("P09", "2017");
        problem(api().when().delete(SUBMISSIONS + "/" + id).then(), 428, "precondition-required");
        api().header("If-Match", "\"0\"").when().delete(SUBMISSIONS + "/" + id).then().statusCode(204);
        problem(api().when().get(SUBMISSIONS + "/" + id).then(), 404, "not-found");
        problem(api().header("If-Match", "\"0\"").when().delete(SUBMISSIONS + "/" + id).then(), 404, "not-found");
    }

    @Test
    void shouldAnswerInEnglishWhenAsked() {
        api().header("Accept-Language", "en").body(report("P01", "2030", List.of()))
                .when().post(SUBMISSIONS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("title", equalTo("Invalid input"))
                .body("errors.find { it.field == 'period' }.message", equalTo("Must be within the plan’s years 2016–2020."));
        api().body(report("P01", "2030", List.of()))
                .when().post(SUBMISSIONS)
                .then().statusCode(400)
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.find { it.field == 'period' }.message", equalTo("Phải nằm trong giai đoạn của kế hoạch 2016–2020."));
    }

    private static void assertNoSubmissions() {
        api().queryParam("orgUnit", "P01").when().get(SUBMISSIONS).then().statusCode(200).body("total", equalTo(0));
    }
}
