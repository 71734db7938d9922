package vn.planmonitor.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.planmonitor.support.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public portal: an anonymous client sees published plans with figures from approved reports,
 * and nothing else — no drafts, pending reports, comments, people, ids or audit data.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPortalTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final String PUBLIC = "/api/v1/public/plans/" + PLAN;
    private static final String T1A = PUBLIC + "/targets/T1A";
    private static final String SOURCE = PUBLIC + "/source";
    private static final String APPROVE_COMMENT = "Ghi chú nội bộ của người duyệt 7731";
    private static final String SUBMIT_COMMENT = "Ghi chú của cán bộ phường 4412";
    private static final String PENDING_COMMENT = "Báo cáo đang chờ duyệt 9183";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ViewCounters counters;

    private final List<Long> submissionIds = new ArrayList<>();

    @BeforeAll
    void freshCounters() {
        counters.forgetMemory(); // the schema was just recreated: no stored counts
    }

    /** Reports through the API (the HTTP port is known only once tests run, not in @BeforeAll). */
    @Test
    @Order(0)
    void reports() {
        // Phường 1, 2017: approved (2 of 3 officers trained).
        long approved = draft("P01", reporterP01Token, wardValues(2, 4));
        as(reporterP01Token).header("If-Match", "\"0\"").body(Map.of("comment", SUBMIT_COMMENT))
                .post(SUBMISSIONS + "/" + approved + "/submit").then().statusCode(200);
        as(reviewerToken).header("If-Match", "\"1\"").body(Map.of("comment", APPROVE_COMMENT))
                .post(SUBMISSIONS + "/" + approved + "/approve").then().statusCode(200);
        // Phường 2, 2017: submitted, waiting for review (3 of 3) — must not count.
        long submitted = draft("P02", reporterP02Token, wardValues(3, 9));
        as(reporterP02Token).header("If-Match", "\"0\"").body(Map.of("comment", PENDING_COMMENT))
                .post(SUBMISSIONS + "/" + submitted + "/submit").then().statusCode(200);
        // Phường 3, 2017: a draft (1 of 3) — must not count.
        long draft = draft("P03", adminToken, wardValues(1, 7));
        submissionIds.addAll(List.of(approved, submitted, draft));
    }

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

    private static long draft(String unit, String token, List<Map<String, Object>> values) {
        return ((Number) as(token)
                .body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", "2017", "values", values))
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static String planPath() {
        return "/api/v1/plans/" + idOf("plans", PLAN);
    }

    private static void visit(String visitor, String page, String plan, int status) {
        var request = as(null);
        if (visitor != null) {
            request.header("X-Visitor", visitor);
        }
        request.body(plan == null ? Map.of("page", page) : Map.of("page", page, "plan", plan))
                .post("/api/v1/public/visits").then().statusCode(status);
    }

    @Test
    @Order(1)
    void shouldHideAnUnpublishedPlanAsIfItDidNotExist() {
        as(null).get("/api/v1/public/plans").then().statusCode(200).body("items", hasSize(0));
        problem(as(null).get(PUBLIC).then(), 404, "not-found");
        problem(as(null).get(T1A).then(), 404, "not-found");
        problem(as(null).get(T1A + "/data.csv").then(), 404, "not-found");
        problem(as(null).get(SOURCE).then(), 404, "not-found");
        problem(as(null).body(Map.of("page", "plan", "plan", PLAN)).post("/api/v1/public/visits").then(), 404,
                "not-found");
        problem(as(null).body(Map.of("page", "target:T1A", "plan", PLAN)).post("/api/v1/public/visits").then(),
                404, "not-found");
        // Signed in makes no difference: the public API shows published plans only.
        problem(as(viewerToken).get(PUBLIC).then(), 404, "not-found");
        problem(as(adminToken).get(SOURCE).then(), 404, "not-found");
        api().get(planPath()).then().statusCode(200).body("publishedAt", nullValue());
    }

    @Test
    @Order(2)
    void shouldLetOnlyAnAdminPublish() {
        String path = planPath();
        String etag = etagOf(path);
        problem(as(null).header("If-Match", etag).post(path + "/publish").then(), 401, "unauthorized");
        problem(as(reviewerToken).header("If-Match", etag).post(path + "/publish").then(), 403, "forbidden");
        problem(as(viewerToken).header("If-Match", etag).post(path + "/unpublish").then(), 403, "forbidden");
        problem(api().post(path + "/publish").then(), 428, "precondition-required");
        problem(api().header("If-Match", "\"99\"").post(path + "/publish").then(), 412, "precondition-failed");
        problem(api().header("If-Match", "*").post("/api/v1/plans/999999/publish").then(), 404, "not-found");
        api().header("If-Match", etag).post(path + "/publish").then().statusCode(200)
                .body("publishedAt", notNullValue()).header("ETag", notNullValue());
    }

    @Test
    @Order(3)
    void shouldShowApprovedFiguresOnly() {
        as(null).get("/api/v1/public/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("items", hasSize(1)).body("items[0].code", equalTo(PLAN))
                .body("items[0].demo", equalTo(false)).body("items[0].lastApprovedAt", notNullValue());
        as(null).get(PUBLIC).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("plan.code", equalTo(PLAN)).body("targets", hasSize(7))
                .body("targets[0].code", equalTo("T1A"))
                .body("targets[0].valueKind", equalTo("RATIO"))
                .body("targets[2].valueKind", equalTo("BOOLEAN"))
                .body("targets[0].explanationVi", containsString("Chỉ tính các báo cáo đã được quận duyệt"))
                .body("targets[0].explanationEn", containsString("approved"))
                .body("targets[0].periods.find { it.year == 2017 }.figure", equalTo(66.6667f))
                .body("targets[0].periods.find { it.year == 2017 }.numerator", equalTo(2))
                .body("targets[0].periods.find { it.year == 2017 }.denominator", equalTo(3))
                .body("targets[0].periods.find { it.year == 2017 }.reportedUnits", equalTo(1))
                .body("targets[0].periods.find { it.year == 2017 }.units", nullValue())
                .body("targets[0].periods.find { it.year == 2016 }.figure", nullValue())
                .body("targets[0].lastApprovedAt", notNullValue());
        as(null).get(T1A).then().statusCode(200)
                .body("target.code", equalTo("T1A"))
                .body("target.periods.find { it.year == 2017 }.figure", equalTo(66.6667f))
                .body("target.periods.find { it.year == 2017 }.units.find { it.orgUnitCode == 'P01' }.value",
                        equalTo(66.6667f))
                .body("target.periods.find { it.year == 2017 }.units.find { it.orgUnitCode == 'P01' }.nameVi",
                        equalTo("Phường 1"))
                .body("target.periods.find { it.year == 2017 }.units.find { it.orgUnitCode == 'P02' }.value",
                        nullValue())
                .body("target.periods.find { it.year == 2017 }.units.find { it.orgUnitCode == 'P03' }.numerator",
                        nullValue());
        problem(as(null).get(PUBLIC + "/targets/NO_SUCH").then(), 404, "not-found");
        problem(as(null).get("/api/v1/public/plans/NO_SUCH_PLAN").then(), 404, "not-found");
        // The internal view, for contrast: with include=submitted Phường 2 would count.
        api().get("/api/v1/targets/" + idOf("targets", "T1A") + "/progress?include=submitted").then()
                .statusCode(200).body("target.periods.find { it.year == 2017 }.numerator", equalTo(5));
    }

    @Test
    @Order(4)
    void shouldLeakNothingPrivateInAnyPublicResponse() throws Exception {
        List<String> bodies = new ArrayList<>();
        bodies.add(as(null).get("/api/v1/public/plans").then().statusCode(200).extract().asString());
        bodies.add(as(null).get(PUBLIC).then().statusCode(200).extract().asString());
        for (String target : List.of("T1A", "T1B", "T2", "T3", "T4", "T5", "T6")) {
            bodies.add(as(null).get(PUBLIC + "/targets/" + target).then().statusCode(200).extract().asString());
        }
        bodies.add(as(null).body(Map.of("page", "target:T1A", "plan", PLAN)).post("/api/v1/public/visits")
                .then().statusCode(200).extract().asString());
        Set<String> forbiddenNames = Set.of("id", "submissionId", "targetId", "submittedBy", "decidedBy",
                "createdBy", "publishedBy", "comment", "reviewComment", "audit", "warnings", "status" + "es",
                "provisional", "sourceText", "version", "username", "displayName", "onTime");
        Set<String> forbiddenValues = Set.of("admin", "reviewer", "phuong1", "phuong2", "DRAFT", "SUBMITTED",
                "RETURNED", "APPROVED");
        List<String> forbiddenText = List.of(APPROVE_COMMENT, SUBMIT_COMMENT, PENDING_COMMENT, "Quản trị",
                "Chuyên viên duyệt", "Cán bộ Phường", "Lãnh đạo", "Một cửa điện tử");
        for (String body : bodies) {
            for (String text : forbiddenText) {
                assertFalse(body.contains(text), "'" + text + "' in " + body);
            }
            List<String> problems = new ArrayList<>();
            walk(JSON.readTree(body), "$", forbiddenNames, forbiddenValues, problems);
            assertEquals(List.of(), problems);
        }
        // Unit statuses are not shown: a unit has a value (approved) or none.
        JsonNode unit = JSON.readTree(bodies.get(2)).at("/target/periods/1/units/0");
        assertEquals(Set.of("orgUnitCode", "nameVi", "nameEn", "value", "numerator", "denominator", "meets"),
                names(unit));
        String csv = as(null).get(T1A + "/data.csv").then().statusCode(200).extract().asString();
        for (String text : forbiddenText) {
            assertFalse(csv.contains(text), text);
        }
        String source = as(null).get(SOURCE).then().statusCode(200).extract().asString();
        for (String text : forbiddenText) {
            assertFalse(source.contains(text), text);
        }
        assertFalse(csv.contains("SUBMITTED") || csv.contains("DRAFT") || csv.contains("phuong"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void walk(JsonNode node, String path, Set<String> names, Set<String> values, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (names.contains(field.getKey())) {
                    problems.add(path + "." + field.getKey());
                }
                walk(field.getValue(), path + "." + field.getKey(), names, values, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", names, values, problems);
            }
        } else if (node.isTextual() && values.contains(node.asText())) {
            problems.add(path + " = " + node.asText());
        } else if (node.isIntegralNumber() && path.toLowerCase().endsWith("id") && submissionIds.contains(node.asLong())) {
            problems.add(path + " = a submission id");
        }
    }

    @Test
    @Order(5)
    void shouldServeTheStoredSourceTextToAnyone() {
        String stored = api().get(planPath()).then().statusCode(200).extract().path("sourceText");
        assertTrue(stored != null && stored.contains("quận 11"), "the seed stores the source page");
        // The views say where it is, without the text itself.
        as(null).get("/api/v1/public/plans").then().statusCode(200)
                .body("items[0].sourceUrl", nullValue()).body("items[0].sourceDocument", equalTo(SOURCE));
        as(null).get(PUBLIC).then().statusCode(200).body("plan.sourceDocument", equalTo(SOURCE))
                .body("plan.sourceText", nullValue());
        as(null).get(T1A).then().statusCode(200).body("plan.sourceDocument", equalTo(SOURCE));
        for (String token : java.util.Arrays.asList(null, viewerToken)) {
            var response = as(token).header("Accept-Language", "en").get(SOURCE).then().statusCode(200)
                    .contentType(allOf(startsWith("text/plain"), containsStringIgnoringCase("charset=utf-8")))
                    .header("Access-Control-Allow-Origin", "*")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", equalTo("inline; filename=\"" + PLAN + "-source.txt\""))
                    .extract();
            String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
            assertEquals(stored, text);
            assertTrue(text.contains("quận 11"));
        }
        // A browser opening the link asks for HTML first and still gets the text.
        as(null).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get(SOURCE).then().statusCode(200)
                .contentType(containsString("text/plain"));
    }

    @Test
    @Order(6)
    void shouldDownloadCsvWithBomForExcel() {
        var response = as(null).get(T1A + "/data.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + PLAN + "-T1A.csv\""))
                .header("Access-Control-Allow-Origin", "*")
                .extract();
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(PublicCsv.HEADER, lines[0]);
        List<String> rows = List.of(lines);
        assertTrue(rows.contains(PLAN + ",T1A,2017,2017,district,,,,66.6667,2,3,%,100,false,1,16"), rows.toString());
        assertTrue(rows.contains(PLAN + ",T1A,2017,2017,unit,P01,Phường 1,Ward 1,66.6667,2,3,%,100,false,,"),
                rows.toString());
        assertTrue(rows.contains(PLAN + ",T1A,2017,2017,unit,P02,Phường 2,Ward 2,,,,%,100,,,"), rows.toString());
    }

    @Test
    @Order(7)
    void shouldCountAVisitOncePerClientWithinTheWindow() {
        long portal = as(null).get("/api/v1/public/plans").then().extract().<Number>path("portalVisits").longValue();
        long views = as(null).get(T1A).then().extract().<Number>path("target.pageViews").longValue();
        as(null).header("X-Visitor", "visitor-aaaa-0001").body(Map.of("page", "target:T1A", "plan", PLAN))
                .post("/api/v1/public/visits").then().statusCode(200).body("counted", equalTo(true))
                .body("portalVisits", equalTo((int) portal + 1)).body("pageViews", equalTo((int) views + 1));
        // A reload by the same client: not counted again.
        as(null).header("X-Visitor", "visitor-aaaa-0001").body(Map.of("page", "target:T1A", "plan", PLAN))
                .post("/api/v1/public/visits").then().statusCode(200).body("counted", equalTo(false))
                .body("portalVisits", equalTo((int) portal + 1)).body("pageViews", equalTo((int) views + 1));
        // Another client counts.
        as(null).header("X-Visitor", "visitor-bbbb-0002").body(Map.of("page", "target:T1A", "plan", PLAN))
                .post("/api/v1/public/visits").then().statusCode(200).body("counted", equalTo(true))
                .body("portalVisits", equalTo((int) portal + 2)).body("pageViews", equalTo((int) views + 2));
        // Without a visitor id, the address and browser identify the client (behind nginx: X-Forwarded-For).
        as(null).header("X-Forwarded-For", "203.0.113.7, 10.0.0.1").header("User-Agent", "Phone 1")
                .body(Map.of("page", "plan", "plan", PLAN)).post("/api/v1/public/visits").then()
                .body("counted", equalTo(true)).body("pageViews", equalTo(1));
        as(null).header("X-Forwarded-For", "203.0.113.7").header("User-Agent", "Phone 1")
                .body(Map.of("page", "plan", "plan", PLAN)).post("/api/v1/public/visits").then()
                .body("counted", equalTo(false)).body("pageViews", equalTo(1));
        as(null).header("X-Forwarded-For", "203.0.113.8").header("User-Agent", "Phone 1")
                .body(Map.of("page", "plan", "plan", PLAN)).post("/api/v1/public/visits").then()
                .body("counted", equalTo(true)).body("pageViews", equalTo(2));
        // The counts are in the pages.
        as(null).get(T1A).then().body("target.pageViews", equalTo((int) views + 2))
                .body("portalVisits", equalTo((int) portal + 4));
        as(null).get(PUBLIC).then().body("pageViews", equalTo(2))
                .body("targets[0].pageViews", equalTo((int) views + 2));
        as(null).header("X-Visitor", "visitor-cccc-0003").body(Map.of("page", "portal"))
                .post("/api/v1/public/visits").then().statusCode(200).body("counted", equalTo(true))
                .body("portalVisits", equalTo((int) portal + 5)).body("pageViews", equalTo((int) portal + 5));
    }

    @Test
    @Order(8)
    void shouldRefuseGarbageVisits() {
        for (Object page : List.of("", "home", "target:", "target:💥", "plan:x", "PORTAL")) {
            problem(as(null).body(Map.of("page", page, "plan", PLAN)).post("/api/v1/public/visits").then(),
                    400, "validation").body("errors", fieldError("page", page.equals("") ? "required" : "not-one-of"));
        }
        problem(as(null).body(Map.of("page", "plan")).post("/api/v1/public/visits").then(), 400, "validation")
                .body("errors", fieldError("plan", "required"));
        problem(as(null).body(Map.of("page", 42)).post("/api/v1/public/visits").then(), 400, "validation");
        problem(as(null).body(Map.of("page", "portal", "extra", 1)).post("/api/v1/public/visits").then(), 400,
                "validation");
        problem(as(null).post("/api/v1/public/visits").then(), 400, "body-required");
        problem(as(null).body(Map.of("page", "target:NOPE", "plan", PLAN)).post("/api/v1/public/visits").then(),
                404, "not-found");
    }

    @Test
    @Order(9)
    void shouldKeepCountsAcrossARestart() {
        as(null).header("X-Visitor", "visitor-dddd-0004").body(Map.of("page", "target:T2", "plan", PLAN))
                .post("/api/v1/public/visits").then().statusCode(200);
        long portal = as(null).get("/api/v1/public/plans").then().extract().<Number>path("portalVisits").longValue();
        long t2 = as(null).get(PUBLIC + "/targets/T2").then().extract().<Number>path("target.pageViews").longValue();
        assertEquals(1, t2);
        long t2Id = idOf("targets", "T2");
        assertEquals(0, counters.readStored("target:" + t2Id), "nothing written before the flush");
        counters.flush();
        assertEquals(portal, counters.readStored(PublicPortalService.PORTAL));
        assertEquals(1, counters.readStored("target:" + t2Id));
        counters.flush(); // nothing pending: nothing added twice
        assertEquals(1, counters.readStored("target:" + t2Id));
        counters.forgetMemory(); // as after a restart
        as(null).get(PUBLIC + "/targets/T2").then().body("target.pageViews", equalTo(1))
                .body("portalVisits", equalTo((int) portal));
        // Counting goes on from the stored figure, and a second flush adds to the row.
        as(null).header("X-Visitor", "visitor-eeee-0005").body(Map.of("page", "target:T2", "plan", PLAN))
                .post("/api/v1/public/visits").then().body("counted", equalTo(true)).body("pageViews", equalTo(2));
        counters.flush();
        assertEquals(2, counters.readStored("target:" + t2Id));
    }

    @Test
    @Order(10)
    void shouldCountOnceAVisitorWhoseReloadReachesAnotherInstance() {
        long t2Id = idOf("targets", "T2");
        String key = "target:" + t2Id;
        String visitor = "visitor-ffff-0006";
        as(null).header("X-Visitor", visitor).body(Map.of("page", "target:T2", "plan", PLAN))
                .post("/api/v1/public/visits").then().body("counted", equalTo(true));
        counters.flush();
        long stored = counters.readStored(key);
        // The reload reaches an instance that never saw this visitor: same database, empty memory (as a
        // restart leaves it). It cannot know yet, but its flush finds the view in view_seen and drops it.
        counters.forgetMemory();
        as(null).header("X-Visitor", visitor).body(Map.of("page", "target:T2", "plan", PLAN))
                .post("/api/v1/public/visits").then().statusCode(200);
        counters.flush();
        assertEquals(stored, counters.readStored(key), "counted once across instances");
        as(null).get(PUBLIC + "/targets/T2").then().body("target.pageViews", equalTo((int) stored));
        // Once the window has passed, the same visitor counts again, and the remembered view is pruned.
        String client = ViewCounters.clientHash(visitor, null, null);
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofMinutes(31));
        assertTrue(counters.prune(later) >= 1, "views older than the window are pruned");
        counters.forgetMemory();
        assertTrue(counters.view(key, client, later));
        counters.flush();
        assertEquals(stored + 1, counters.readStored(key));
        // Another instance's flush adds 5 views: this one shows them after its own next flush, even with
        // nothing of its own to write.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> ViewCounter.getEntityManager()
                .createNativeQuery("UPDATE view_counter SET view_count = view_count + 5 WHERE counter_key = ?1")
                .setParameter(1, key).executeUpdate());
        as(null).get(PUBLIC + "/targets/T2").then().body("target.pageViews", equalTo((int) stored + 1));
        counters.flush();
        as(null).get(PUBLIC + "/targets/T2").then().body("target.pageViews", equalTo((int) stored + 6));
    }

    @Test
    @Order(11)
    void shouldAllowFramingOfTheEmbedRouteOnly() {
        // Any site may frame the embed route; nothing else may be framed (SecurityHeadersTest checks every route).
        RestAssured.given().get("/embed/targets/" + PLAN + "/T1A").then()
                .header("Content-Security-Policy", endsWith("; frame-ancestors *")).header("X-Frame-Options", nullValue());
        RestAssured.given().get("/targets/1").then()
                .header("Content-Security-Policy", endsWith("; frame-ancestors 'none'")).header("X-Frame-Options", "DENY");
        api().get("/api/v1/plans").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @Order(12)
    void shouldHideThePlanAgainWhenUnpublished() {
        String path = planPath();
        api().header("If-Match", etagOf(path)).post(path + "/unpublish").then().statusCode(200)
                .body("publishedAt", nullValue());
        as(null).get("/api/v1/public/plans").then().statusCode(200).body("items", hasSize(0));
        problem(as(null).get(PUBLIC).then(), 404, "not-found");
        problem(as(null).get(T1A).then(), 404, "not-found");
        problem(as(null).get(T1A + "/data.csv").then(), 404, "not-found");
        problem(as(null).get(SOURCE).then(), 404, "not-found");
        problem(as(null).body(Map.of("page", "target:T1A", "plan", PLAN)).post("/api/v1/public/visits").then(),
                404, "not-found");
        // Unpublishing again changes nothing.
        api().header("If-Match", etagOf(path)).post(path + "/unpublish").then().statusCode(200);
    }

    @Test
    @Order(13)
    void shouldSaySoWhenAPublishedPlanHasNoStoredSource() {
        for (String text : java.util.Arrays.asList(null, "  \n ")) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("code", "D11-NOSRC", "titleVi",
                    "Kế hoạch không có văn bản lưu", "titleEn", "Plan without a stored text", "firstYear", 2021,
                    "lastYear", 2025, "issuingBodyVi", "Ủy ban nhân dân quận 11", "issuingBodyEn",
                    "People's Committee of District 11", "sourceUrl", "https://example.org/ke-hoach"));
            body.put("sourceText", text);
            long id = ((Number) api().body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id"))
                    .longValue();
            String path = "/api/v1/plans/" + id;
            api().header("If-Match", etagOf(path)).post(path + "/publish").then().statusCode(200);
            as(null).get("/api/v1/public/plans/D11-NOSRC").then().statusCode(200)
                    .body("plan.sourceUrl", equalTo("https://example.org/ke-hoach"))
                    .body("plan.sourceDocument", nullValue());
            problem(as(null).get("/api/v1/public/plans/D11-NOSRC/source").then(), 404, "source-not-found")
                    .header("Access-Control-Allow-Origin", "*")
                    .body("detail", containsString("D11-NOSRC"));
            problem(as(null).header("Accept-Language", "en").get("/api/v1/public/plans/D11-NOSRC/source").then(),
                    404, "source-not-found").body("title", equalTo("No stored source document"));
            api().header("If-Match", etagOf(path)).post(path + "/unpublish").then().statusCode(200);
            problem(as(null).get("/api/v1/public/plans/D11-NOSRC/source").then(), 404, "not-found");
            api().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        }
        problem(as(null).get("/api/v1/public/plans/NO_SUCH_PLAN/source").then(), 404, "not-found");
    }
}
