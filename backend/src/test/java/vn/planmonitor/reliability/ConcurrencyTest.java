package vn.planmonitor.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jakarta.inject.Inject;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.support.ReviewStandIn;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The deadline week: many writers at once on the same report. Exactly one wins; nothing is lost or doubled. */
@QuarkusTest
class ConcurrencyTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    @Test
    void shouldLetExactlyOneOfTwentyParallelUpdatesWithTheSameVersionThrough() throws Exception {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2017", "values",
                        List.of(Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 0))))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        List<Integer> statuses = inParallel(20, n -> api().header("If-Match", "\"0\"")
                .body(Map.of("values", List.of(Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", n + 1))))
                .when().put(SUBMISSIONS + "/" + id));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        // The stored figure is the winner's, at version 1, and the trail holds exactly one update.
        api().when().get(SUBMISSIONS + "/" + id).then().body("version", equalTo(1));
        api().queryParam("submission", id).queryParam("action", "UPDATE").when().get("/api/v1/audit").then()
                .body("total", equalTo(1));
    }

    @Inject
    ReviewStandIn review;

    @Test
    void shouldLetExactlyOneOfTenParallelApprovalsThroughAndCountItOnce() throws Exception {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2018", "values",
                        List.of(Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 2))))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        review.setStatus(id, SubmissionStatus.SUBMITTED);
        String etag = etagOf(SUBMISSIONS + "/" + id);
        // Each approval reads the report's contribution to the progress cells, then writes the report:
        // without the row lock taken first, two of them deadlock instead of one losing with 412.
        List<Integer> statuses = inParallel(10, n -> as(reviewerToken).header("If-Match", etag)
                .when().post(SUBMISSIONS + "/" + id + "/approve"));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        api().queryParam("submission", id).queryParam("action", "APPROVE").when().get("/api/v1/audit").then()
                .body("total", equalTo(1));
    }

    @Test
    void shouldRequireIfMatchOnEveryVersionedWrite() {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P02", "period", "2017"))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        problem(api().body(Map.of("values", List.of())).when().put(SUBMISSIONS + "/" + id).then(), 428,
                "precondition-required");
        problem(api().when().post(SUBMISSIONS + "/" + id + "/submit").then(), 428, "precondition-required");
        problem(api().when().delete(SUBMISSIONS + "/" + id).then(), 428, "precondition-required");
    }

    @Test
    void shouldApplyTenParallelReplaysOfOneIdempotencyKeyOnce() throws Exception {
        Map<String, Object> set = Map.of("dataSet", PLAN, "dataValues", List.of(
                Map.of("dataElement", "IMPROVEMENT_INITIATIVES", "period", "2018", "orgUnit", "P03", "value", "5")));
        List<Integer> statuses = inParallel(10, n -> api().header("Idempotency-Key", "p03-2018-lan1").body(set)
                .when().post("/api/v1/dataValueSets"));
        // One import ran; the others either replayed its answer (200) or were told it was still running (409).
        assertEquals(10, statuses.stream().filter(s -> s == 200 || s == 409).count(), statuses.toString());
        api().queryParam("orgUnit", "P03").queryParam("period", "2018").when().get(SUBMISSIONS).then()
                .body("total", equalTo(1)).body("items[0].version", equalTo(0));
        api().queryParam("orgUnit", "P03").queryParam("action", "CREATE").when().get("/api/v1/audit").then()
                .body("total", equalTo(1));
    }

    private interface Call {
        Response send(int n);
    }

    private static List<Integer> inParallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.send(n).statusCode();
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
