package vn.planmonitor.progress;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * An answer is given again only while nothing it is computed from has changed ({@link ProgressAnswers},
 * {@link FiguresVersion}). Each change a user can make that moves a figure — a report counted or no longer
 * counted, a target's threshold, the plan's years, a new unit expected to report, an indicator's reporting
 * types, a target deleted — is made through the API, and the next answer must differ from the kept one and
 * equal what computing afresh gives (inside a transaction, where nothing is kept or given again).
 */
@QuarkusTest
class ProgressAnswersTest extends ProgressApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    @Inject
    ProgressService progress;

    private long planId;

    /**
     * Asked as a request asks it: on a thread of its own with a request context of its own, so with its own
     * persistence context (the test method's would keep the entities it read first).
     */
    private static <T> T asked(Supplier<T> question) {
        return CompletableFuture.supplyAsync(() -> {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                return question.get();
            } finally {
                request.terminate();
            }
        }).join();
    }

    private PlanProgressView plan() {
        return asked(() -> progress.plan(planId, ProgressQuery.DEFAULT));
    }

    /** Inside a transaction nothing is kept or given again: computed afresh. */
    private PlanProgressView planAfresh() {
        return asked(() -> QuarkusTransaction.requiringNew().call(() -> progress.plan(planId, ProgressQuery.DEFAULT)));
    }

    private TargetProgressResponse target(long targetId) {
        return asked(() -> progress.target(targetId, ProgressQuery.DEFAULT));
    }

    /**
     * The answer after a change: not the one kept before it, but what computing afresh gives; and asked
     * again, the very same answer (kept, not recomputed).
     */
    private PlanProgressView afterChange(PlanProgressView before) {
        PlanProgressView after = plan();
        assertNotSame(before.targets(), after.targets(), "a change must not be answered from before it");
        assertEquals(planAfresh().targets(), after.targets());
        assertSame(after.targets(), plan().targets(), "nothing changed since: the kept answer");
        return after;
    }

    private static TargetProgressView of(PlanProgressView view, String targetCode) {
        return view.targets().stream().filter(t -> t.targetCode().equals(targetCode)).findFirst().orElseThrow();
    }

    private static PeriodFigureView year(TargetProgressView target, int year) {
        return target.periods().stream().filter(p -> p.year() == year).findFirst().orElseThrow();
    }

    private static long post(String path, Object body) {
        return ((Number) api().body(body).when().post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    /** The resource as the API shows it, cut down to the fields its input takes. */
    private static Map<String, Object> asInput(String path, List<String> inputFields) {
        Map<String, Object> shown = api().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> input = new HashMap<>();
        for (String field : inputFields) {
            if (shown.get(field) != null) {
                input.put(field, shown.get(field));
            }
        }
        return input;
    }

    private static void act(long reportId, String action, String token, Object body) {
        var request = as(token).header("If-Match", etagOf(SUBMISSIONS + "/" + reportId));
        if (body != null) {
            request.body(body);
        }
        request.when().post(SUBMISSIONS + "/" + reportId + "/" + action).then().statusCode(200);
    }

    @Test
    void shouldGiveAnAnswerAgainOnlyWhileNothingItIsComputedFromHasChanged() {
        planId = idOf("plans", PLAN);
        // As migrated, the plan's stamp is the same in every database: nothing computed at it is kept.
        assertNotSame(plan().targets(), plan().targets());

        // Phường 1's 2019 report approved: T1a (officers trained, ratio of sums) has its first figure, 2/3.
        long report = post(SUBMISSIONS, Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2019",
                "values", completeWardValues()));
        act(report, "submit", reporterP01Token, null);
        PlanProgressView before = plan();
        act(report, "approve", reviewerToken, null);
        PlanProgressView approved = afterChange(before);
        assertNumber("66.6667", year(of(approved, "T1A"), 2019).figure());
        assertEquals(1, year(of(approved, "T1A"), 2019).reportedUnits());

        // Reopened for correction: it no longer counts, T1a has no 2019 figure again.
        act(report, "reopen", reviewerToken, Map.of("comment", "Sai mẫu số, đề nghị sửa"));
        PlanProgressView reopened = afterChange(approved);
        assertEquals(0, year(of(reopened, "T1A"), 2019).reportedUnits());
        act(report, "submit", reporterP01Token, null);
        act(report, "approve", reviewerToken, null);
        PlanProgressView again = afterChange(reopened);

        // T1a's threshold lowered from 100% to 60%: the same 2/3 now meets it.
        assertEquals(Boolean.FALSE, year(of(again, "T1A"), 2019).met());
        long t1a = idOf("targets", "T1A");
        String path = "/api/v1/targets/" + t1a;
        Map<String, Object> change = asInput(path, List.of("code", "planCode", "indicatorCode", "statementVi",
                "statementEn", "aggregation", "unitThreshold", "threshold", "direction", "thresholdHigh", "measure",
                "baseline", "timing", "dueYear", "milestones", "allocations", "sortOrder"));
        change.put("threshold", 60);
        change.put("reason", "Điều chỉnh chỉ tiêu theo Nghị quyết giữa kỳ");
        TargetProgressResponse t1aBefore = target(t1a);
        api().header("If-Match", etagOf(path)).body(change).when().put(path).then().statusCode(200);
        PlanProgressView raised = afterChange(again);
        assertEquals(Boolean.TRUE, year(of(raised, "T1A"), 2019).met());
        TargetProgressResponse t1aAfter = target(t1a);
        assertNotSame(t1aBefore.targets(), t1aAfter.targets());
        assertEquals(asked(() -> QuarkusTransaction.requiringNew().call(() -> progress.target(t1a,
                ProgressQuery.DEFAULT))).targets(), t1aAfter.targets());
        assertSame(t1aAfter.targets(), target(t1a).targets());

        // The plan extended to 2021: every target shows one year more.
        assertEquals(5, of(raised, "T1A").periods().size());
        extendPlanTo(planId, 2021);
        PlanProgressView extended = afterChange(raised);
        assertEquals(6, of(extended, "T1A").periods().size());

        // A 17th ward: one more unit expected to report the wards' indicators in every year.
        int wardsExpected = year(of(extended, "T1A"), 2019).expectedUnits();
        post("/api/v1/org-units", Map.of("code", "P17", "nameVi", "Phường 17", "nameEn", "Ward 17", "type", "WARD",
                "parentCode", "D11"));
        PlanProgressView moreWards = afterChange(extended);
        assertEquals(wardsExpected + 1, year(of(moreWards, "T1A"), 2019).expectedUnits());

        // The officers-trained indicator now reported by the agencies as well: more units expected again.
        String indicatorPath = "/api/v1/indicators/" + idOf("indicators", "ECON_OFFICER_TRAINING");
        Map<String, Object> indicatorChange = asInput(indicatorPath, List.of("code", "planCode", "nameVi", "nameEn",
                "unitVi", "unitEn", "periodType", "valueKind", "itemsRequired", "itemFlagVi", "itemFlagEn",
                "numeratorCode", "numeratorVi", "numeratorEn", "denominatorCode", "denominatorVi", "denominatorEn",
                "reportingUnitTypes", "reportingUnitCodes", "active", "formula", "periodRollUp"));
        @SuppressWarnings("unchecked")
        List<String> types = new ArrayList<>((List<String>) indicatorChange.get("reportingUnitTypes"));
        types.add("AGENCY");
        indicatorChange.put("reportingUnitTypes", types);
        api().header("If-Match", etagOf(indicatorPath)).body(indicatorChange).when().put(indicatorPath).then()
                .statusCode(200).body("reportingUnitTypes.size()", equalTo(types.size()));
        PlanProgressView agencies = afterChange(moreWards);
        assertNotEquals(year(of(moreWards, "T1A"), 2019).expectedUnits(),
                year(of(agencies, "T1A"), 2019).expectedUnits());

        // A target added and deleted: it appears, then it is gone.
        Map<String, Object> extra = new HashMap<>(Map.of("code", "T9", "planCode", PLAN,
                "indicatorCode", "IMPROVEMENT_INITIATIVES", "statementVi", "Mỗi năm có ít nhất 20 sáng kiến",
                "statementEn", "At least 20 initiatives a year", "aggregation", "SUM", "threshold", 20,
                "timing", "EVERY_YEAR"));
        long t9 = post("/api/v1/targets", extra);
        PlanProgressView added = afterChange(agencies);
        assertEquals(agencies.targets().size() + 1, added.targets().size());
        api().header("If-Match", etagOf("/api/v1/targets/" + t9)).when().delete("/api/v1/targets/" + t9).then()
                .statusCode(204);
        PlanProgressView deleted = afterChange(added);
        assertEquals(agencies.targets().size(), deleted.targets().size());
    }
}
