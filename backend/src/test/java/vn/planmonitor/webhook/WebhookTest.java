package vn.planmonitor.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.LogCapture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks against a real HTTP receiver on loopback (the JDK's server, in this JVM) that fails, hangs,
 * redirects and recovers: deliveries are signed as the README tells receivers to check, retried with
 * backoff (milliseconds in the test profile) under one event id, logged attempt by attempt, capped per
 * endpoint, delivered once by two racing senders — and the report actions that cause them neither wait
 * for nor fail with a dead receiver.
 */
@QuarkusTest
class WebhookTest extends ApiTest {

    private static final String HOOKS = "/api/v1/webhooks";
    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final String SECRET = "whsec-thong-ke-thanh-pho-0123456789abcdef";
    private static final List<String> ALL_EVENTS = List.of("report.submitted", "report.approved", "report.returned",
            "report.reopened", "plan.published");
    /** Longer than the test profile's 1 s timeout: an attempt at a hanging receiver fails. */
    private static final long HANG_MS = 1_500;

    enum Mode { OK, FAIL, HANG, REDIRECT }

    record Received(String path, String eventId, String eventType, String signature, String body, Instant at) {
    }

    private static final AtomicReference<Mode> MODE = new AtomicReference<>(Mode.OK);
    private static final List<Received> RECEIVED = new ArrayList<>();
    private static HttpServer receiver;
    private static String receiverUrl;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookOutbox outbox;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (RECEIVED) {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Webhook-Id"),
                        exchange.getRequestHeaders().getFirst("Webhook-Event"),
                        exchange.getRequestHeaders().getFirst("Webhook-Signature"), body, Instant.now()));
            }
            switch (MODE.get()) {
                case OK -> exchange.sendResponseHeaders(204, -1);
                case FAIL -> exchange.sendResponseHeaders(500, -1);
                case REDIRECT -> {
                    exchange.getResponseHeaders().add("Location", receiverUrl + "/moved");
                    exchange.sendResponseHeaders(302, -1);
                }
                case HANG -> {
                    try {
                        Thread.sleep(HANG_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(204, -1);
                }
            }
            exchange.close();
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void noEndpoints() {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM webhook_endpoint").executeUpdate());
        MODE.set(Mode.OK);
        synchronized (RECEIVED) {
            RECEIVED.clear();
        }
    }

    // --- registering ---

    @Test
    void shouldRefuseBadEndpointsNamingEveryField() {
        problem(api().body(Map.of("url", "ftp://127.0.0.1/x", "events", List.of("report.deleted"),
                        "secret", "a".repeat(31)))
                .when().post(HOOKS).then(), 400, "validation")
                .body("errors", fieldError("url", "not-a-url"))
                .body("errors", fieldError("events[0]", "not-one-of"))
                .body("errors", fieldError("secret", "secret-too-short"));
        // Internal addresses nobody allowed (the test profile allows 127.0.0.1 and localhost only).
        for (String internal : List.of("http://10.0.0.5/hook", "http://192.168.1.10/hook", "http://[::1]:8080/hook",
                "http://169.254.169.254/latest/meta-data", "http://172.16.0.1/hook", "http://100.64.0.1/hook")) {
            problem(api().body(Map.of("url", internal, "events", ALL_EVENTS, "secret", SECRET))
                    .when().post(HOOKS).then(), 400, "validation")
                    .body("errors", fieldError("url", "address-not-allowed"));
        }
        problem(api().body(Map.of("url", "https://no-such-host.invalid/hook", "events", ALL_EVENTS, "secret", SECRET))
                .when().post(HOOKS).then(), 400, "validation").body("errors", fieldError("url", "host-unknown"));
        problem(api().body(Map.of("url", receiverUrl, "events", List.of())).when().post(HOOKS).then(), 400, "validation")
                .body("errors", fieldError("events", "required")).body("errors", fieldError("secret", "required"));
        // 32 bytes of UTF-8 are enough even in fewer characters: "đ" takes two.
        problem(api().body(Map.of("url", receiverUrl, "events", ALL_EVENTS, "secret", "đ".repeat(15) + "x"))
                .when().post(HOOKS).then(), 400, "validation").body("errors", fieldError("secret", "secret-too-short"));
        api().body(Map.of("url", receiverUrl, "events", ALL_EVENTS, "secret", "đ".repeat(16)))
                .when().post(HOOKS).then().statusCode(201);
        api().get(HOOKS).then().statusCode(200).body("total", equalTo(1));
        problem(as(reviewerToken).get(HOOKS).then(), 403, "forbidden");
        problem(api().get(HOOKS + "/999999").then(), 404, "not-found");
    }

    @Test
    void shouldKeepTheSecretAndHoldDeliveriesOfAnInactiveEndpoint() throws Exception {
        long id = register(receiverUrl, List.of("report.approved"));
        api().get(HOOKS + "/" + id).then().statusCode(200).body("$", not(hasKey("secret")))
                .body("events", equalTo(List.of("report.approved")));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("url", receiverUrl);
        change.put("events", List.of("report.approved", "report.approved", "plan.published"));
        change.put("secret", null);
        change.put("active", false);
        record("report.approved", Map.of("reportId", 1));
        problem(api().body(change).put(HOOKS + "/" + id).then(), 428, "precondition-required");
        api().header("If-Match", "\"0\"").body(change).put(HOOKS + "/" + id).then().statusCode(200)
                .body("events", equalTo(List.of("report.approved", "plan.published"))).body("active", equalTo(false));
        assertEquals(0, sender.deliverDue(Instant.now()), "an inactive endpoint's deliveries wait");
        record("report.approved", Map.of("reportId", 2));
        change.put("active", true);
        api().header("If-Match", "\"1\"").body(change).put(HOOKS + "/" + id).then().statusCode(200)
                .body("pendingDeliveries", equalTo(1));
        assertEquals(1, sender.deliverDue(Instant.now()), "the event while it was paused was not written for it");
        assertTrue(received().get(0).body().contains("\"reportId\":1"), received().get(0).body());
        // The secret given at registration (null kept it) still signs.
        assertTrue(signatureValid(received().get(0), SECRET));
        problem(api().header("If-Match", "\"1\"").delete(HOOKS + "/" + id).then(), 412, "precondition-failed");
        api().header("If-Match", "\"2\"").delete(HOOKS + "/" + id).then().statusCode(204);
        problem(api().get(HOOKS + "/" + id).then(), 404, "not-found");
        problem(api().get(HOOKS + "/" + id + "/deliveries").then(), 404, "not-found");
    }

    // --- delivering ---

    @Test
    void shouldSignRetryWithBackoffUnderOneEventIdAndRecover() throws Exception {
        long hook = register(receiverUrl, ALL_EVENTS);
        MODE.set(Mode.FAIL);
        long report = createReport("2017");
        String etag = act(reporterP01Token, report, "submit", "\"0\"", null);
        assertEquals("\"1\"", etag);

        assertEquals(0, sender.deliverDue(Instant.now()), "the receiver answers 500");
        assertEquals(1, received().size());
        assertEquals(0, sender.deliverDue(Instant.now()), "not due again before the 200 ms backoff");
        assertEquals(1, received().size());

        MODE.set(Mode.HANG);
        Thread.sleep(250);
        assertEquals(0, sender.deliverDue(Instant.now()), "the receiver does not answer within 1 s");
        assertEquals(2, received().size());

        MODE.set(Mode.OK);
        Thread.sleep(150);
        assertEquals(0, sender.deliverDue(Instant.now()), "the second backoff is 400 ms, twice the first");
        Thread.sleep(300);
        assertEquals(1, sender.deliverDue(Instant.now()));
        assertEquals(0, sender.deliverDue(Instant.now().plusSeconds(3600)), "delivered: never sent again");

        List<Received> all = received();
        assertEquals(3, all.size());
        // One event: the same id and the same bytes every time, so the receiver can drop what it already has.
        assertEquals(1, all.stream().map(Received::eventId).distinct().count());
        assertEquals(1, all.stream().map(Received::body).distinct().count());
        JsonNode event = json.readTree(all.get(0).body());
        assertEquals(all.get(0).eventId(), event.get("id").asText());
        assertEquals("report.submitted", event.get("type").asText());
        assertEquals("report.submitted", all.get(0).eventType());
        assertEquals(report, event.get("data").get("reportId").asLong());
        assertEquals(PLAN, event.get("data").get("planCode").asText());
        assertEquals("P01", event.get("data").get("orgUnitCode").asText());
        assertEquals("2017", event.get("data").get("period").asText());
        assertEquals("SUBMITTED", event.get("data").get("status").asText());
        assertEquals("phuong1", event.get("data").get("actor").asText());
        for (Received r : all) {
            assertTrue(signatureValid(r, SECRET), r.signature());
            assertFalse(signatureValid(r, SECRET.replace('0', '1')), "another secret does not verify");
            assertFalse(signatureValid(new Received(r.path(), r.eventId(), r.eventType(), r.signature(),
                    r.body().replace("2017", "2018"), r.at()), SECRET), "a changed body does not verify");
        }

        List<Map<String, Object>> deliveries = api().get(HOOKS + "/" + hook + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items");
        Map<String, Object> d = deliveries.get(0);
        assertEquals("DELIVERED", d.get("state"));
        assertEquals(3, d.get("attempts"));
        assertEquals(204, d.get("lastStatusCode"));
        assertNull(d.get("nextAttemptAt"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) d.get("log");
        assertEquals(List.of(1, 2, 3), log.stream().map(a -> a.get("attempt")).toList());
        assertEquals(500, log.get(0).get("statusCode"));
        assertEquals("HTTP 500", log.get(0).get("error"));
        assertNull(log.get(1).get("statusCode"));
        assertEquals("no answer within 1000 ms", log.get(1).get("error"));
        assertTrue((Integer) log.get(1).get("durationMs") >= 1000, "the timeout took its second: " + log.get(1));
        assertEquals(204, log.get(2).get("statusCode"));
        assertNull(log.get(2).get("error"));
    }

    @Test
    void shouldNeitherDelayNorFailReportActionsWhileTheReceiverIsDeadOrHanging() throws Exception {
        long dead = register("http://127.0.0.1:" + freePort() + "/hooks", ALL_EVENTS);
        long hanging = register(receiverUrl, ALL_EVENTS);
        MODE.set(Mode.HANG);
        long report = createReport("2018");
        long started = System.nanoTime();
        String etag = act(reporterP01Token, report, "submit", "\"0\"", null);
        act(reviewerToken, report, "approve", etag, null);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < HANG_MS, "submitting and approving did not wait for a receiver: " + tookMs + " ms");
        as(reviewerToken).get(SUBMISSIONS + "/" + report).then().statusCode(200).body("status", equalTo("APPROVED"));
        assertTrue(received().isEmpty(), "nothing is sent by the action itself");

        assertEquals(0, sender.deliverDue(Instant.now()));
        List<Map<String, Object>> toDead = api().get(HOOKS + "/" + dead + "/deliveries").then().statusCode(200)
                .body("total", equalTo(2)).extract().path("items");
        // Newest first: the approval, then the submission.
        assertEquals(List.of("report.approved", "report.submitted"), toDead.stream().map(x -> x.get("eventType")).toList());
        for (Map<String, Object> d : toDead) {
            assertEquals("PENDING", d.get("state"));
            assertEquals(1, d.get("attempts"));
            assertTrue(String.valueOf(d.get("lastError")).startsWith("ConnectException"), String.valueOf(d));
        }
        api().get(HOOKS + "/" + hanging).then().statusCode(200).body("pendingDeliveries", equalTo(2));
        as(reviewerToken).get(SUBMISSIONS + "/" + report).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldAnnounceReturnsReopeningsAndPublishingToTheEndpointsThatAskedForThem() throws Exception {
        register(receiverUrl, List.of("report.returned", "report.reopened", "plan.published"));
        long report = createReport("2019");
        String etag = act(reporterP01Token, report, "submit", "\"0\"", null);
        etag = act(reviewerToken, report, "return", etag, "Thiếu số liệu đào tạo");
        etag = act(reporterP01Token, report, "submit", etag, null);
        etag = act(reviewerToken, report, "approve", etag, null);
        act(reviewerToken, report, "reopen", etag, "Sai số cán bộ");
        String planPath = "/api/v1/plans/" + idOf("plans", PLAN);
        api().header("If-Match", etagOf(planPath)).post(planPath + "/publish").then().statusCode(200);
        // Published again while public: nothing happened, nothing is announced.
        api().header("If-Match", etagOf(planPath)).post(planPath + "/publish").then().statusCode(200);

        assertEquals(3, sender.deliverDue(Instant.now()));
        List<JsonNode> events = new ArrayList<>();
        for (Received r : received()) {
            events.add(json.readTree(r.body()));
        }
        assertEquals(List.of("report.returned", "report.reopened", "plan.published"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals("Thiếu số liệu đào tạo", events.get(0).get("data").get("comment").asText());
        assertEquals("reviewer", events.get(0).get("data").get("actor").asText());
        assertEquals("RETURNED", events.get(1).get("data").get("status").asText());
        assertEquals("Sai số cán bộ", events.get(1).get("data").get("comment").asText());
        assertEquals(PLAN, events.get(2).get("data").get("planCode").asText());
        assertEquals("admin", events.get(2).get("data").get("actor").asText());
        assertEquals(3, events.stream().map(e -> e.get("id").asText()).distinct().count(), "one id per event");
    }

    @Test
    void shouldCountARedirectAsAFailureWithoutFollowingIt() {
        long hook = register(receiverUrl, ALL_EVENTS);
        MODE.set(Mode.REDIRECT);
        record("report.approved", Map.of("reportId", 7));
        assertEquals(0, sender.deliverDue(Instant.now()));
        assertEquals(List.of("/hooks"), received().stream().map(Received::path).toList(), "/hooks/moved never asked");
        api().get(HOOKS + "/" + hook + "/deliveries").then().statusCode(200)
                .body("items[0].state", equalTo("PENDING")).body("items[0].lastStatusCode", equalTo(302))
                .body("items[0].lastError", equalTo("redirect (not followed) to " + receiverUrl + "/moved"));
    }

    @Test
    void shouldGiveUpADayAfterTheEvent() {
        long hook = register("http://127.0.0.1:" + freePort() + "/hooks", ALL_EVENTS);
        record("report.approved", Map.of("reportId", 8));
        assertEquals(0, sender.deliverDue(Instant.now()));
        api().get(HOOKS + "/" + hook + "/deliveries").then().body("items[0].state", equalTo("PENDING"));
        // Still failing 25 hours later (the sender's "now" moved on; no sleeping through a day).
        assertEquals(0, sender.deliverDue(Instant.now().plus(Duration.ofHours(25))));
        api().get(HOOKS + "/" + hook + "/deliveries").then().body("items[0].state", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(2)).body("items[0].nextAttemptAt", equalTo(null));
        assertEquals(0, sender.deliverDue(Instant.now().plus(Duration.ofHours(48))), "a failed delivery stays failed");
    }

    @Test
    void shouldDropTheOldestPendingDeliveryBeyondTheCapAndLogIt() {
        // The test profile's cap is 5 waiting deliveries per endpoint; the receiver is dead.
        long hook = register("http://127.0.0.1:" + freePort() + "/hooks", ALL_EVENTS);
        List<String> log;
        try (LogCapture capture = new LogCapture()) {
            for (int i = 1; i <= 7; i++) {
                record("report.approved", Map.of("reportId", i));
            }
            log = capture.lines();
        }
        List<Map<String, Object>> deliveries = api().queryParam("size", 10).get(HOOKS + "/" + hook + "/deliveries")
                .then().statusCode(200).body("total", equalTo(7)).extract().path("items");
        // Newest first: reports 7…3 wait, 2 and 1 (the oldest) were dropped.
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "DROPPED", "DROPPED"),
                deliveries.stream().map(d -> d.get("state")).toList());
        assertEquals("dropped: more than 5 deliveries waiting", deliveries.get(6).get("lastError"));
        assertEquals(2, log.stream().filter(l -> l.contains("dropped undelivered")).count(), String.join("\n", log));
        api().get(HOOKS + "/" + hook).then().body("pendingDeliveries", equalTo(5));
    }

    @Test
    void shouldDeliverEachEventOnceWhenTwoInstancesSendAtOnce() throws Exception {
        register(receiverUrl, ALL_EVENTS);
        for (int i = 1; i <= 4; i++) {
            record("report.approved", Map.of("reportId", i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return sender.deliverDue(Instant.now());
            };
            Future<Integer> a = pool.submit(run);
            Future<Integer> b = pool.submit(run);
            start.countDown();
            assertEquals(4, a.get() + b.get());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> perEvent = received().stream()
                .collect(Collectors.groupingBy(Received::eventId, Collectors.counting()));
        assertEquals(4, perEvent.size());
        assertEquals(Set.of(1L), Set.copyOf(perEvent.values()), "each event once: " + perEvent);
    }

    // --- helpers ---

    /**
     * The receiver's check, as README "For other systems" shows it: HMAC-SHA256 with the secret over
     * "t.body", compared with v1, and t no older than five minutes.
     */
    private static boolean signatureValid(Received r, String secret) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : r.signature().split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        long t = Long.parseLong(parts.get("t"));
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.get("v1")));
    }

    private static long register(String url, List<String> events) {
        return ((Number) api().body(Map.of("url", url, "events", events, "secret", SECRET))
                .when().post(HOOKS).then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(HOOKS + "/"))
                .header("ETag", equalTo("\"0\"")).extract().path("id")).longValue();
    }

    private void record(String type, Map<String, Object> data) {
        QuarkusTransaction.requiringNew().run(() -> outbox.record(WebhookEventType.ofWireName(type).orElseThrow(), data));
    }

    private static long createReport(String period) {
        return ((Number) as(reporterP01Token)
                .body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", period, "values", completeWardValues()))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    /** A review action; answers the report's new ETag. */
    private static String act(String token, long id, String action, String version, String comment) {
        var request = as(token).header("If-Match", version);
        if (comment != null) {
            request.body(Map.of("comment", comment));
        }
        return request.when().post(SUBMISSIONS + "/" + id + "/" + action).then().statusCode(200).extract().header("ETag");
    }

    private static List<Received> received() {
        synchronized (RECEIVED) {
            return List.copyOf(RECEIVED);
        }
    }

    /** A loopback port nothing listens on: a dead receiver. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
