package vn.planmonitor.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed as a polling system uses it: what each write puts in it, the unit scope, the cursor's bad
 * cases (malformed, ahead, pruned), ETag/304 on the polled GETs, and a poller following the cursor while
 * several threads write reports — every change seen exactly once.
 */
@QuarkusTest
class ChangeFeedTest extends ApiTest {

    private static final String CHANGES = "/api/v1/changes";
    private static final String SUBMISSIONS = "/api/v1/submissions";

    @Inject
    ChangeService service;

    @Inject
    EntityManager em;

    private static String now() {
        return api().queryParam("after", "now").get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("hasMore", equalTo(false)).extract().path("next");
    }

    /** Creates a ward's draft for a year; returns its id. */
    private static long draft(String token, String unit, String period, List<Map<String, Object>> values) {
        return ((Number) as(token).body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period,
                "values", values)).post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static Response read(String token, String after, int limit) {
        return as(token).queryParam("after", after).queryParam("limit", limit).get(CHANGES);
    }

    @Test
    void shouldListEachWriteInCommitOrderWithWhatAndWhere() {
        String start = now();
        long id = draft(adminToken, "P03", "2018", completeWardValues());
        api().header("If-Match", "\"0\"").post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200);
        as(reviewerToken).header("If-Match", "\"1\"").post(SUBMISSIONS + "/" + id + "/approve").then().statusCode(200);
        long unit = idOf("org-units", "P04");
        Map<String, Object> p04 = api().get("/api/v1/org-units/" + unit).then().statusCode(200).extract().path("$");
        String etag = etagOf("/api/v1/org-units/" + unit);
        Map<String, Object> renamed = new HashMap<>(p04);
        renamed.keySet().retainAll(List.of("code", "nameVi", "nameEn", "type", "parentCode", "active"));
        renamed.put("nameEn", "Ward 4 (renamed)");
        api().header("If-Match", etag).body(renamed).put("/api/v1/org-units/" + unit).then().statusCode(200);

        Response page = read(adminToken, start, 10);
        page.then().statusCode(200).body("hasMore", equalTo(false))
                .body("items.type", equalTo(List.of("report", "report", "report", "unit")))
                .body("items.action", equalTo(List.of("created", "submitted", "approved", "updated")))
                .body("items.id", equalTo(List.of((int) id, (int) id, (int) id, (int) unit)))
                .body("items[0].orgUnitCode", equalTo("P03")).body("items[0].period", equalTo("2018"))
                .body("items[0].planCode", equalTo(PLAN)).body("items[0].code", equalTo(null))
                .body("items[3].code", equalTo("P04")).body("items[3].planCode", equalTo(null));
        List<String> cursors = page.path("items.cursor");
        assertEquals(cursors.get(3), page.path("next"));
        // Resuming after any item gives what follows it; a page of 2 says there is more.
        read(adminToken, cursors.get(1), 10).then().statusCode(200).body("items.action", equalTo(List.of("approved", "updated")));
        read(adminToken, start, 2).then().statusCode(200).body("hasMore", equalTo(true))
                .body("next", equalTo(cursors.get(1)));
        read(adminToken, page.path("next"), 10).then().statusCode(200).body("items.size()", equalTo(0))
                .body("next", equalTo(page.path("next")));
    }

    @Test
    void shouldShowAReporterOnlyItsOwnUnitsReports() {
        String start = now();
        long own = draft(reporterP01Token, "P01", "2016", List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", true)));
        draft(reporterP02Token, "P02", "2016", List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", false)));
        long indicator = idOf("indicators", "STI_DATABASE");
        String etag = etagOf("/api/v1/indicators/" + indicator);
        Map<String, Object> body = new HashMap<>(api().get("/api/v1/indicators/" + indicator).then().extract().path("$"));
        body.keySet().removeAll(List.of("id", "version", "createdAt", "updatedAt", "derived", "formula"));
        body.put("nameEn", "STI database (checked)");
        api().header("If-Match", etag).body(body).put("/api/v1/indicators/" + indicator).then().statusCode(200);

        read(reporterP01Token, start, 100).then().statusCode(200)
                .body("items.type", equalTo(List.of("report", "indicator")))
                .body("items.id", equalTo(List.of((int) own, (int) indicator)));
        read(adminToken, start, 100).then().statusCode(200)
                .body("items.type", equalTo(List.of("report", "report", "indicator")));
        // A viewer's session reads no reports: no feed either (a READ token does).
        problem(as(viewerToken).get(CHANGES).then(), 403, "forbidden");
    }

    @Test
    void shouldRefuseACursorThatIsMalformedAheadOrPruned() {
        String start = now();
        problem(read(adminToken, "not-a-cursor", 10).then(), 400, "validation").body("errors", fieldError("after", "invalid-cursor"));
        // One character changed: the check refuses it rather than jumping elsewhere.
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(start), StandardCharsets.US_ASCII).replace("c1.", "c1.9")
                        .getBytes(StandardCharsets.US_ASCII));
        problem(read(adminToken, tampered, 10).then(), 400, "validation").body("errors", fieldError("after", "invalid-cursor"));
        problem(read(adminToken, Cursors.of(1_000_000_000L), 10).then(), 400, "validation")
                .body("errors", fieldError("after", "cursor-unknown"));
        problem(read(adminToken, start, 0).then(), 400, "validation").body("errors", fieldError("limit", "out-of-range"));
        problem(read(adminToken, start, 1001).then(), 400, "validation").body("errors", fieldError("limit", "out-of-range"));
        problem(api().queryParam("after", start).queryParam("limit", "５").get(CHANGES).then(), 400, "validation")
                .body("errors", fieldError("limit", "not-an-integer"));

        draft(adminToken, "P05", "2019", List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", true)));
        String afterDraft = read(adminToken, start, 10).then().statusCode(200).extract().path("next");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE change_entry SET changed_at = '2001-01-01 00:00:00'").executeUpdate());
        assertTrue(service.prune(Instant.now()) >= 1);
        problem(read(adminToken, start, 10).then(), 410, "cursor-expired");
        // The cursor at the pruned entry itself, and no cursor at all, start after what is gone.
        read(adminToken, afterDraft, 10).then().statusCode(200).body("items.size()", equalTo(0));
        api().get(CHANGES).then().statusCode(200).body("items.size()", equalTo(0)).body("next", equalTo(afterDraft));
    }

    @Test
    void shouldAnswer304WhileThePolledAnswersStayTheSame() {
        long plan = idOf("plans", PLAN);
        long target = idOf("targets", "T1A");
        String start = now();
        Map<String, String> polled = Map.of(
                "/api/v1/plans/" + plan + "/progress?include=submitted", "", "/api/v1/targets/" + target + "/progress?include=submitted", "",
                SUBMISSIONS + "?plan=" + PLAN, "", CHANGES + "?after=" + start, "");
        Map<String, String> tags = new HashMap<>();
        for (String path : polled.keySet()) {
            String tag = api().get(path).then().statusCode(200).extract().header("ETag");
            assertTrue(tag.startsWith("W/\""), path + ": " + tag);
            tags.put(path, tag);
            // generatedAt differs between the two answers, the data does not.
            api().header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", equalTo(tag));
            api().header("If-None-Match", "W/\"other\", " + tag.substring(2)).get(path).then().statusCode(304);
            api().header("If-None-Match", "W/\"other\"").get(path).then().statusCode(200);
        }
        long id = draft(adminToken, "P06", "2017", completeWardValues());
        api().header("If-Match", "\"0\"").post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200);
        for (String path : polled.keySet()) {
            api().header("If-None-Match", tags.get(path)).get(path).then().statusCode(200)
                    .header("ETag", not(equalTo(tags.get(path))));
        }
        // The ETag follows the caller's scope: P01's reporter sees another list, so another tag.
        String reporterTag = as(reporterP01Token).get(SUBMISSIONS + "?plan=" + PLAN).then().statusCode(200).extract().header("ETag");
        assertNotEquals(api().get(SUBMISSIONS + "?plan=" + PLAN).then().extract().header("ETag"), reporterTag);
    }

    /**
     * Four writers create and edit reports of 16 wards while a poller follows the cursor in pages of 5. What
     * the writers were told succeeded is exactly what the poller saw, each once; the feed's order agrees with
     * each report's own order (created before its edits).
     */
    @Test
    void shouldGiveAPollerEveryConcurrentChangeExactlyOnce() throws Exception {
        String start = now();
        long heldBefore = ChangeLog.HELD_NANOS.sum();
        long holdersBefore = ChangeLog.HOLDERS.sum();
        int writers = 4;
        int unitsEach = 4;
        int edits = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int first = w * unitsEach + 1;
            done.add(pool.submit(() -> {
                for (int u = first; u < first + unitsEach; u++) {
                    String unit = String.format("P%02d", u);
                    long id = draft(adminToken, unit, "2020", List.of(
                            Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", 1, "denominator", 9)));
                    written.add(id + " created");
                    for (int e = 0; e < edits; e++) {
                        as(adminToken).header("If-Match", "\"" + e + "\"").body(Map.of("values", List.of(Map.of(
                                        "indicatorCode", "ECON_OFFICER_TRAINING", "numerator", e + 2, "denominator", 9))))
                                .put(SUBMISSIONS + "/" + id).then().statusCode(200);
                        written.add(id + " updated");
                    }
                }
                return null;
            }));
        }
        Future<List<String>> poller = pool.submit(() -> {
            List<String> seen = new ArrayList<>();
            String cursor = start;
            while (true) {
                boolean last = !writing.get();
                Response page = read(adminToken, cursor, 5);
                page.then().statusCode(200);
                List<Map<String, Object>> items = page.path("items");
                items.forEach(i -> seen.add(i.get("id") + " " + i.get("action")));
                cursor = page.path("next");
                if (last && !(Boolean) page.path("hasMore")) {
                    return seen;
                }
            }
        });
        for (Future<?> f : done) {
            f.get();
        }
        double writeSeconds = (System.nanoTime() - began) / 1e9;
        writing.set(false);
        List<String> seen = poller.get();
        pool.shutdown();

        assertEquals(writers * unitsEach * (1 + edits), written.size());
        List<String> expected = new ArrayList<>(written);
        Collections.sort(expected);
        List<String> sorted = new ArrayList<>(seen);
        Collections.sort(sorted);
        assertEquals(expected, sorted, "every change once, nothing else");
        for (String change : seen) {
            if (change.endsWith("created")) {
                String id = change.split(" ")[0];
                assertFalse(seen.subList(0, seen.indexOf(change)).contains(id + " updated"), "created first: " + id);
            }
        }
        long holders = ChangeLog.HOLDERS.sum() - holdersBefore;
        double heldMs = (ChangeLog.HELD_NANOS.sum() - heldBefore) / 1e6;
        System.out.printf("Change feed under %d writers: %d writes in %.2f s; counter row held %.2f ms per transaction"
                        + " (%.1f%% of the writing time, summed over %d transactions)%n", writers, written.size(),
                writeSeconds, heldMs / holders, 100 * heldMs / 1000 / writeSeconds, holders);
    }
}
