package vn.planmonitor.review;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReviewWorkflowTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final String OFFICER = "phuong1";
    private static final String ADMIN = "admin";
    private static final String REVIEWER = "reviewer";

    /** Every indicator a ward reports, valid; {@code initiatives} varies to trigger the jump warning. */
    private static List<Map<String, Object>> wardValues(int trained, int initiatives) {
        return List.of(
                Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", trained, "denominator", 3),
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", 10, "denominator", 24),
                Map.of("indicatorCode", "STI_DATABASE", "answer", true),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 1,
                        "items", List.of(Map.of("name", "Một cửa điện tử", "flagged", true))),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", initiatives));
    }

    /** Drafts of Phường 1 are entered by its own officer; other units' by the admin, who may write any unit. */
    private static long draft(String unit, String period, List<Map<String, Object>> values) {
        return ((Number) as(officerOf(unit))
                .body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "values", values))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static String officerOf(String unit) {
        return unit.equals("P01") ? reporterP01Token : adminToken;
    }

    private static String tokenOf(String actor) {
        return actor.equals(REVIEWER) ? reviewerToken : actor.equals(OFFICER) ? reporterP01Token : adminToken;
    }

    private static ValidatableResponse act(long id, String action, String version, String actor, String comment) {
        var request = as(tokenOf(actor)).header("If-Match", version);
        if (comment != null) {
            request.body(Map.of("comment", comment));
        }
        return request.when().post(SUBMISSIONS + "/" + id + "/" + action).then();
    }

    @Test
    void shouldWalkDraftSubmittedReturnedSubmittedApproved() {
        long id = draft("P01", "2017", wardValues(2, 4));
        act(id, "submit", "\"0\"", OFFICER, null).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo(OFFICER))
                .body("submittedAt", notNullValue())
                // 2017 reports were due on 31 January 2018: this one is late.
                .body("onTime", equalTo(false)).body("warnings", hasSize(0));
        act(id, "return", "\"1\"", REVIEWER, "Kiểm tra lại số cán bộ được bồi dưỡng").statusCode(200)
                .body("status", equalTo("RETURNED")).body("decidedBy", equalTo(REVIEWER))
                .body("reviewComment", equalTo("Kiểm tra lại số cán bộ được bồi dưỡng"));
        as(reporterP01Token).header("If-Match", "\"2\"")
                .body(Map.of("values", wardValues(3, 4))).when().put(SUBMISSIONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("RETURNED"));
        act(id, "submit", "\"3\"", OFFICER, "Đã sửa").statusCode(200).body("status", equalTo("SUBMITTED"));
        act(id, "approve", "\"4\"", REVIEWER, null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(REVIEWER)).body("reviewComment", nullValue());

        api().when().get(SUBMISSIONS + "/" + id + "/history").then().statusCode(200)
                // 9 fields created: 2 ratios × 2 parts, 2 answers, the count and its items, the initiatives.
                .body("items.action", contains("CREATE", "CREATE", "CREATE", "CREATE", "CREATE", "CREATE",
                        "CREATE", "CREATE", "CREATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "APPROVE"))
                .body("items[11].field", equalTo("ECON_OFFICER_TRAINING.numerator"))
                .body("items[11].oldValue", equalTo("2")).body("items[11].newValue", equalTo("3"))
                .body("items[11].actor", equalTo(OFFICER))
                .body("items[10].comment", equalTo("Kiểm tra lại số cán bộ được bồi dưỡng"))
                .body("items[13].oldValue", equalTo("SUBMITTED")).body("items[13].newValue", equalTo("APPROVED"))
                .body("items[13].actor", equalTo(REVIEWER));
    }

    @Test
    void shouldLockAnApprovedReportAndSayWhoApprovedIt() {
        long id = approved("P02", "2017");
        problem(api().header("If-Match", "\"2\"").body(Map.of("values", wardValues(1, 1)))
                .when().put(SUBMISSIONS + "/" + id).then(), 409, "submission-approved")
                .body("detail", containsString(REVIEWER));
        problem(api().header("If-Match", "\"2\"").when().delete(SUBMISSIONS + "/" + id).then(), 409,
                "submission-not-deletable");
        problem(act(id, "approve", "\"2\"", REVIEWER, null), 409, "submission-approved");
        problem(act(id, "reopen", "\"2\"", REVIEWER, null), 400, "validation")
                .body("errors", fieldError("comment", "required"));
        act(id, "reopen", "\"2\"", REVIEWER, "Phát hiện sai số liệu sau khi duyệt").statusCode(200)
                .body("status", equalTo("RETURNED"));
        api().header("If-Match", "\"3\"").body(Map.of("values", wardValues(1, 1)))
                .when().put(SUBMISSIONS + "/" + id).then().statusCode(200);
        api().when().get(SUBMISSIONS + "/" + id + "/history").then()
                // 9 creations, submit, approve, reopen, and the two figures that changed
                .body("items.action", hasSize(9 + 3 + 2))
                .body("items.find { it.action == 'REOPEN' }.comment", equalTo("Phát hiện sai số liệu sau khi duyệt"));
    }

    @Test
    void shouldRefuseTransitionsThatDoNotApply() {
        long id = draft("P03", "2017", wardValues(2, 4));
        problem(act(id, "approve", "\"0\"", REVIEWER, null), 409, "transition-not-allowed");
        problem(act(id, "return", "\"0\"", REVIEWER, "x"), 409, "transition-not-allowed");
        problem(act(id, "reopen", "\"0\"", REVIEWER, "x"), 409, "transition-not-allowed");
        act(id, "submit", "\"0\"", ADMIN, null).statusCode(200);
        problem(act(id, "submit", "\"1\"", ADMIN, null), 409, "transition-not-allowed");
        problem(act(id, "return", "\"1\"", REVIEWER, "   "), 400, "validation")
                .body("errors", fieldError("comment", "required"));
        problem(act(id, "approve", "\"0\"", REVIEWER, null), 412, "precondition-failed");
        problem(api().when().post(SUBMISSIONS + "/" + id + "/approve").then(), 428, "precondition-required");
        problem(api().header("If-Match", "\"1\"").body(Map.of("values", wardValues(1, 1)))
                .when().put(SUBMISSIONS + "/" + id).then(), 409, "submission-under-review");
        problem(act(999_999, "submit", "\"0\"", ADMIN, null), 404, "not-found");
        api().when().get(SUBMISSIONS + "/" + id + "/history").then()
                .body("items.action", hasSize(10)); // 9 creations and the one submission: refusals leave no trace
    }

    @Test
    void shouldRefuseToSubmitAnIncompleteReport() {
        long id = draft("P04", "2017", List.of(
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 3,
                        "items", List.of(Map.of("name", "Mô hình A")))));
        // JSON paths into the stored report (its values as GET answers them); a missing one by a filter.
        problem(act(id, "submit", "\"0\"", ADMIN, null), 400, "validation")
                .body("errors", fieldError("values[?@.indicatorCode=='STI_DATABASE']", "missing-value"))
                .body("errors", fieldError("values[?@.indicatorCode=='ECON_OFFICER_TRAINING']", "missing-value"))
                .body("errors", fieldError("values[1].items", "count-mismatch"));
        api().when().get(SUBMISSIONS + "/" + id).then().body("values[1].indicatorCode", equalTo("STI_APPLICATION_MODELS"));
        api().when().get(SUBMISSIONS + "/" + id).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    @Test
    void shouldWarnTheReviewerAboutAJumpAgainstThePreviousPeriod() {
        approved("P05", "2016");               // 4 initiatives, 2 of 3 officers trained (66.67%)
        long id = draft("P05", "2017", wardValues(2, 13)); // 13 initiatives: more than 3 × 4
        act(id, "submit", "\"0\"", ADMIN, null).statusCode(200)
                .body("warnings", hasSize(1))
                .body("warnings[0].indicatorCode", equalTo("IMPROVEMENT_INITIATIVES"))
                .body("warnings[0].code", equalTo("JUMP"))
                .body("warnings[0].value", equalTo(13)).body("warnings[0].previousValue", equalTo(4))
                .body("warnings[0].previousPeriod", equalTo("2016"));
        api().when().get(SUBMISSIONS + "/" + id).then().body("warnings", hasSize(1));
    }

    @Test
    void shouldLetExactlyOneOfTwoReviewersDecide() throws Exception {
        long id = draft("P06", "2017", wardValues(2, 4));
        act(id, "submit", "\"0\"", ADMIN, null).statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> decisions = new ArrayList<>();
        for (String[] reviewer : new String[][]{{"approve", REVIEWER, null}, {"return", "admin", "Sai"}}) {
            decisions.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return act(id, reviewer[0], "\"1\"", reviewer[1], reviewer[2]).extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = decisions.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        int approvals = api().queryParam("submission", id).queryParam("action", "APPROVE").get("/api/v1/audit")
                .then().statusCode(200).extract().path("total");
        int returns = api().queryParam("submission", id).queryParam("action", "RETURN").get("/api/v1/audit")
                .then().statusCode(200).extract().path("total");
        assertEquals(1, approvals + returns, "exactly one decision in the audit trail");
        // And the decision that won is the one the report shows.
        String winner = approvals == 1 ? "APPROVED" : "RETURNED";
        api().when().get(SUBMISSIONS + "/" + id).then().statusCode(200).body("status", equalTo(winner));
    }

    @Test
    void shouldSearchTheAuditTrail() {
        long id = approved("P07", "2018");
        api().queryParam("actor", REVIEWER).queryParam("orgUnit", "P07").queryParam("plan", PLAN)
                .queryParam("from", "2000-01-01").queryParam("to", "2999-12-31").queryParam("sort", "occurredAt")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("APPROVE"))
                .body("items[0].submissionId", equalTo((int) id));
        problem(api().queryParam("from", "yesterday").queryParam("action", "ERASE").when().get("/api/v1/audit")
                .then(), 400, "validation")
                .body("errors", fieldError("from", "not-a-date")).body("errors", fieldError("action", "not-one-of"));
        problem(api().when().get(SUBMISSIONS + "/999999/history").then(), 404, "not-found");
    }

    @Test
    void shouldReportCompletenessOfAPeriod() {
        approved("P08", "2019");
        long submitted = draft("P09", "2019", wardValues(1, 1));
        act(submitted, "submit", "\"0\"", ADMIN, null).statusCode(200);
        draft("P10", "2019", wardValues(1, 1));
        api().queryParam("plan", PLAN).queryParam("period", "2019").queryParam("type", "WARD")
                .when().get("/api/v1/completeness").then().statusCode(200)
                .body("deadline", equalTo("2020-01-31")).body("deadlinePassed", equalTo(true))
                .body("totals.expected", equalTo(16)).body("totals.received", equalTo(2))
                .body("totals.approved", equalTo(1)).body("totals.onTime", equalTo(0))
                .body("totals.missing", equalTo(14))
                .body("units.find { it.orgUnitCode == 'P08' }.status", equalTo("APPROVED"))
                .body("units.find { it.orgUnitCode == 'P10' }.status", equalTo("DRAFT"))
                .body("units.find { it.orgUnitCode == 'P11' }.status", equalTo("MISSING"))
                .body("units.find { it.orgUnitCode == 'P11' }.late", equalTo(true));
        // Every kind of unit that reports something in this plan: 16 wards, 6 agencies, 4 public service units, 11 schools.
        api().queryParam("plan", PLAN).queryParam("period", "2019").when().get("/api/v1/completeness")
                .then().statusCode(200).body("totals.expected", equalTo(37));
        problem(api().queryParam("period", "2030").queryParam("type", "TOWN").when().get("/api/v1/completeness")
                .then(), 400, "validation").body("errors", fieldError("type", "not-one-of"));
        problem(api().queryParam("period", "2030").when().get("/api/v1/completeness").then(), 400, "validation")
                .body("errors", fieldError("plan", "required"));
    }

    private static long approved(String unit, String period) {
        long id = draft(unit, period, wardValues(2, 4));
        act(id, "submit", "\"0\"", ADMIN, null).statusCode(200);
        act(id, "approve", "\"1\"", REVIEWER, null).statusCode(200);
        return id;
    }
}
