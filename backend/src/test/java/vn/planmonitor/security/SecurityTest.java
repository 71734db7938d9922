package vn.planmonitor.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.Attachments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.hamcrest.Matchers.allOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OWASP API Security Top 10 (2023) as a checklist: each rule is asserted by its status code
 * and by reading back that nothing changed.
 */
@QuarkusTest
class SecurityTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final String SESSION = "/api/v1/session";
    private static final String USERS = "/api/v1/users";
    /** Client addresses as our nginx passes them on (X-Forwarded-For, trusted from loopback). */
    private static final String STRANGER = "198.51.100.66";
    private static final String OWNER = "198.51.100.10";

    @Inject
    TokenService tokens;

    private static Map<String, Object> wardReport(String unit, String period) {
        return Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "values", List.of(
                Map.of("indicatorCode", "STI_DATABASE", "answer", true)));
    }

    private static long report(String token, String unit, String period) {
        return ((Number) as(token).body(wardReport(unit, period)).when().post(SUBMISSIONS)
                .then().statusCode(201).extract().path("id")).longValue();
    }

    // --- API2 Broken authentication -------------------------------------------------------------

    @Test
    void shouldRefuseAnonymousAndUnknownTokensWithA401Problem() {
        for (String path : List.of("/api/v1/plans", "/api/v1/targets", SUBMISSIONS, "/api/v1/audit", "/api/v1/users")) {
            problem(as(null).when().get(path).then(), 401, "unauthorized").header("WWW-Authenticate", "Bearer");
        }
        problem(as("pm_not-a-real-token").when().get("/api/v1/plans").then(), 401, "unauthorized");
        problem(as(null).body(wardReport("P01", "2017")).when().post(SUBMISSIONS).then(), 401, "unauthorized");
    }

    @Test
    void shouldSignInAndOutAndLockAfterRepeatedFailures() {
        String token = as(null).body(Map.of("username", "phuong1", "password", PASSWORD))
                .when().post("/api/v1/session")
                .then().statusCode(201).body("user.role", equalTo("REPORTER"))
                .body("user", not(hasKey("passwordHash"))).extract().path("token");
        as(token).when().get("/api/v1/session").then().statusCode(200)
                .body("name", equalTo("phuong1")).body("unitCodes", contains("P01"));
        as(token).when().delete("/api/v1/session").then().statusCode(204);
        problem(as(token).when().get("/api/v1/session").then(), 401, "unauthorized");

        problem(as(null).body(Map.of("username", "nobody", "password", "whatever-123")).when().post("/api/v1/session")
                .then(), 401, "sign-in-failed");
        for (int attempt = 1; attempt <= 5; attempt++) {
            problem(as(null).body(Map.of("username", "viewer", "password", "wrong-password-" + attempt))
                    .when().post("/api/v1/session").then(), 401, "sign-in-failed");
        }
        // Locked now, even with the right password.
        problem(as(null).body(Map.of("username", "viewer", "password", PASSWORD)).when().post("/api/v1/session")
                .then(), 429, "sign-in-locked");
        problem(as(null).body(Map.of("username", "viewer")).when().post("/api/v1/session").then(), 400, "validation")
                .body("errors", fieldError("password", "required"));
    }

    // --- API1 Broken object-level authorisation ---------------------------------------------------

    @Test
    void shouldKeepAReporterOfPhuong1AwayFromPhuong2sReport() {
        long other = report(reporterP02Token, "P02", "2017");
        long own = report(reporterP01Token, "P01", "2017");
        problem(as(reporterP01Token).when().get(SUBMISSIONS + "/" + other).then(), 404, "not-found");
        problem(as(reporterP01Token).header("If-Match", "\"0\"").body(Map.of("values", List.of()))
                .when().put(SUBMISSIONS + "/" + other).then(), 404, "not-found");
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + other + "/submit")
                .then(), 404, "not-found");
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().delete(SUBMISSIONS + "/" + other).then(),
                404, "not-found");
        problem(as(reporterP01Token).when().get(SUBMISSIONS + "/" + other + "/history").then(), 404, "not-found");
        problem(as(reporterP01Token).body(wardReport("P02", "2018")).when().post(SUBMISSIONS).then(), 403,
                "unit-not-allowed");
        as(reporterP01Token).queryParam("orgUnit", "P02").when().get(SUBMISSIONS).then().statusCode(200)
                .body("total", equalTo(0));
        as(reporterP01Token).when().get(SUBMISSIONS).then().statusCode(200)
                .body("items.orgUnitCode", everyItem(equalTo("P01"))).body("items.id", hasItem((int) own));
        // Nothing changed: Phường 2's report is exactly as its officer left it, and 2018 was not created.
        api().when().get(SUBMISSIONS + "/" + other).then().statusCode(200)
                .body("version", equalTo(0)).body("status", equalTo("DRAFT")).body("values.size()", equalTo(1));
        api().queryParam("orgUnit", "P02").when().get(SUBMISSIONS).then().body("total", equalTo(1));
    }

    /**
     * Notices follow the unit scope: Phường 9's returned report is told to Phường 9's officer alone, and
     * Phường 1's officer can neither list nor mark it (404, as for a notice that does not exist).
     */
    @Test
    void shouldTellOnlyTheOwnUnitOfAReturnedReport() {
        createUser("phuong9", "REPORTER", List.of("P09"));
        String officer9 = sessionOf("phuong9", "mat-khau-phuong9");
        long id = ((Number) as(officer9).body(Map.of("planCode", PLAN, "orgUnitCode", "P09", "period", "2016", "values",
                        completeWardValues()))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        as(officer9).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200);
        int p01Unread = as(reporterP01Token).when().get("/api/v1/notifications/unread-count").then()
                .statusCode(200).extract().path("unread");
        as(reviewerToken).header("If-Match", "\"1\"").body(Map.of("comment", "Thiếu danh sách sáng kiến"))
                .when().post(SUBMISSIONS + "/" + id + "/return").then().statusCode(200);

        List<Map<String, Object>> told = as(officer9).when().get("/api/v1/notifications").then()
                .statusCode(200).extract().path("items");
        Map<String, Object> notice = told.stream().filter(n -> "RETURNED".equals(n.get("kind"))
                && ((Number) n.get("submissionId")).longValue() == id).findFirst().orElseThrow();
        assertEquals("Thiếu danh sách sáng kiến", notice.get("comment"));
        long noticeId = ((Number) notice.get("id")).longValue();
        as(reporterP01Token).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.orgUnitCode", everyItem(equalTo("P01")));
        as(reporterP01Token).when().get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo(p01Unread));
        problem(as(reporterP01Token).when().post("/api/v1/notifications/" + noticeId + "/read").then(), 404,
                "not-found");
        as(officer9).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.id == " + noticeId + " }.read", equalTo(false));
    }

    @Test
    void shouldNotLetAnOfficerJoinAnotherUnitsDiscussion() {
        createUser("phuong10", "REPORTER", List.of("P10"));
        String officer10 = sessionOf("phuong10", "mat-khau-phuong10");
        long other = report(officer10, "P10", "2019");
        problem(as(reporterP01Token).body(Map.of("text", "Số liệu này sai", "indicatorCode", "STI_DATABASE"))
                .when().post(SUBMISSIONS + "/" + other + "/comments").then(), 404, "not-found");
        as(officer10).when().get(SUBMISSIONS + "/" + other + "/history").then().statusCode(200)
                .body("items.action", everyItem(equalTo("CREATE")));
    }

    /**
     * A report's files follow the report's scope: Phường 1's officer can neither list, download, add nor remove
     * Phường 2's (404, as for a report that does not exist); a viewer reads no report, so no file (403).
     */
    @Test
    void shouldKeepAnotherUnitsAttachmentsAway() {
        long other = report(reporterP02Token, "P02", "2020");
        byte[] pdf = Attachments.pdf(3000);
        long file = ((Number) Attachments.upload(reporterP02Token, other, "danh-sach.pdf", pdf, null).statusCode(201)
                .extract().path("id")).longValue();
        String files = Attachments.path(other);
        problem(as(reporterP01Token).when().get(files).then(), 404, "not-found");
        problem(Attachments.form(reporterP01Token).when().get(files + "/" + file).then(), 404, "not-found");
        problem(Attachments.upload(reporterP01Token, other, "gia-mao.pdf", Attachments.pdf(100), null), 404,
                "not-found");
        problem(as(reporterP01Token).when().delete(files + "/" + file).then(), 404, "not-found");
        problem(as(viewerToken).when().get(files).then(), 403, "forbidden");
        problem(Attachments.form(viewerToken).when().get(files + "/" + file).then(), 403, "forbidden");
        // A file is reached only through its own report: another report's id does not lead to it.
        long sibling = report(reporterP02Token, "P02", "2019");
        problem(Attachments.form(reporterP02Token).when().get(Attachments.path(sibling) + "/" + file).then(), 404,
                "not-found");
        problem(as(reporterP02Token).when().delete(Attachments.path(sibling) + "/" + file).then(), 404, "not-found");
        // Nothing changed: the file is there, whole, with nothing added beside it.
        as(reporterP02Token).when().get(files).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].sha256", equalTo(Attachments.sha256(pdf)));
        as(reporterP02Token).when().get(Attachments.path(sibling)).then().statusCode(200).body("items", hasSize(0));
    }

    // --- API5 Broken function-level authorisation -------------------------------------------------

    @Test
    void shouldLetEachRoleDoOnlyItsPart() {
        long id = report(reporterP01Token, "P01", "2016");
        // Incomplete, so refused — but for what it lacks, not for the role: the reporter was allowed to try.
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/submit")
                .then(), 400, "validation").body("errors", fieldError("values[?@.indicatorCode=='ECON_OFFICER_TRAINING']", "missing-value"));
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/approve")
                .then(), 403, "forbidden");
        problem(as(viewerToken).body(wardReport("P01", "2019")).when().post(SUBMISSIONS).then(), 403, "forbidden");
        problem(as(viewerToken).when().get(SUBMISSIONS).then(), 403, "forbidden");
        as(viewerToken).when().get("/api/v1/targets").then().statusCode(200);
        problem(as(reviewerToken).body(Map.of("code", "X", "nameVi", "x", "nameEn", "x", "type", "WARD",
                "parentCode", "D11")).when().post("/api/v1/org-units").then(), 403, "forbidden");
        problem(as(reporterP01Token).when().get("/api/v1/audit").then(), 403, "forbidden");
        problem(as(reviewerToken).when().get("/api/v1/users").then(), 403, "forbidden");
        // A plan as a document is the admin's: it holds the whole plan, and importing or copying rewrites it.
        long plan = idOf("plans", PLAN);
        for (String token : new String[]{viewerToken, reviewerToken, reporterP01Token}) {
            problem(as(token).when().get("/api/v1/plans/" + plan + "/definition").then(), 403, "forbidden");
            problem(as(token).queryParam("dryRun", "true").body(Map.of("version", 1)).when()
                    .post("/api/v1/plan-definitions").then(), 403, "forbidden");
            problem(as(token).body(Map.of("code", "X", "titleVi", "x", "titleEn", "x", "firstYear", 2021,
                    "lastYear", 2025)).when().post("/api/v1/plans/" + plan + "/copy").then(), 403, "forbidden");
        }
        api().when().get(SUBMISSIONS + "/" + id).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
        api().queryParam("orgUnit", "P01").queryParam("period", "2019").when().get(SUBMISSIONS).then()
                .body("total", equalTo(0));
    }

    @Test
    void shouldLetAReadTokenReadButNotWriteAndStopARevokedOrExpiredOne() {
        var created = api().body(Map.of("name", "Cục Thống kê TP", "scope", "READ",
                        "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens")
                .then().statusCode(201).body("secret", startsWith("pm_")).body("token.usable", equalTo(true))
                .extract();
        String secret = created.path("secret");
        long tokenId = ((Number) created.path("token.id")).longValue();
        as(secret).when().get(SUBMISSIONS).then().statusCode(200);
        problem(as(secret).body(wardReport("P01", "2017")).when().post(SUBMISSIONS).then(), 403, "forbidden");
        api().when().get("/api/v1/tokens").then().statusCode(200)
                .body("items.name", contains("Cục Thống kê TP")).body("items[0]", not(hasKey("secret")));

        problem(api().when().delete("/api/v1/tokens/" + tokenId).then(), 428, "precondition-required");
        api().header("If-Match", "\"0\"").when().delete("/api/v1/tokens/" + tokenId).then().statusCode(204);
        problem(as(secret).when().get(SUBMISSIONS).then(), 401, "unauthorized");

        String writer = api().body(Map.of("name", "Một cửa Phường 1", "scope", "WRITE", "unitCodes", List.of("P01"),
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
        report(writer, "P01", "2018");
        problem(as(writer).body(wardReport("P02", "2018")).when().post(SUBMISSIONS).then(), 403, "unit-not-allowed");
        QuarkusTransaction.requiringNew().run(() -> AccessToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), Secrets.hashToken(writer)));
        problem(as(writer).when().get(SUBMISSIONS).then(), 401, "unauthorized");

        problem(api().body(Map.of("name", "x", "scope", "WRITE", "expiresAt", "2001-01-01T00:00:00Z"))
                .when().post("/api/v1/tokens").then(), 400, "validation")
                .body("errors", fieldError("unitCodes", "required"))
                .body("errors", fieldError("expiresAt", "expiry-out-of-range"));
    }

    // --- API4 Unrestricted resource consumption: a token past its rate ---------------------------

    @Test
    void shouldStopATokenPastItsRateWithRetryAfterAndLeaveOthersAlone() {
        String slow = api().body(Map.of("name", "Kho dữ liệu (3 mỗi phút)", "scope", "READ", "ratePerMinute", 3,
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens")
                .then().statusCode(201).body("token.ratePerMinute", equalTo(3)).body("token.defaultRate", equalTo(false))
                .extract().path("secret");
        String other = api().body(Map.of("name", "Kho dữ liệu (mặc định)", "scope", "READ",
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens")
                .then().statusCode(201).body("token.ratePerMinute", equalTo(1200)).body("token.defaultRate", equalTo(true))
                .extract().path("secret");
        for (int i = 0; i < 3; i++) {
            as(slow).when().get(SUBMISSIONS).then().statusCode(200);
        }
        // A minute's allowance of 3 is spent: the next request waits about 20 s for a third of a minute to refill.
        problem(as(slow).when().get(SUBMISSIONS).then(), 429, "token-rate-exceeded")
                .header("Retry-After", allOf(notNullValue()))
                .body("detail", containsString("3"));
        int retryAfter = Integer.parseInt(as(slow).when().get(SUBMISSIONS).then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        as(other).when().get(SUBMISSIONS).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            api().when().get(SUBMISSIONS).then().statusCode(200);
        }

        problem(api().body(Map.of("name", "x", "scope", "READ", "ratePerMinute", 0,
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens").then(), 400, "validation")
                .body("errors", fieldError("ratePerMinute", "out-of-range"));
    }

    // --- API3 Broken object property level authorisation (mass assignment) ------------------------

    @Test
    void shouldNotLetAClientSetServerOwnedFields() {
        for (String field : List.of("status", "createdBy", "approvedBy", "id", "version", "demo", "decidedBy")) {
            Map<String, Object> body = new java.util.HashMap<>(wardReport("P01", "2020"));
            body.put(field, field.equals("id") || field.equals("version") ? 7 : "APPROVED");
            problem(as(reporterP01Token).body(body).when().post(SUBMISSIONS).then(), 400, "validation")
                    .body("errors", fieldError(field, "unknown-field"));
        }
        long id = report(reporterP01Token, "P01", "2020");
        problem(as(reporterP01Token).header("If-Match", "\"0\"")
                .body(Map.of("values", List.of(), "status", "APPROVED")).when().put(SUBMISSIONS + "/" + id).then(),
                400, "validation").body("errors", fieldError("status", "unknown-field"));
        problem(api().body(Map.of("username", "ke.gian", "displayName", "x", "role", "VIEWER", "password",
                "mat-khau-dai-du", "passwordHash", "$2a$10$x")).when().post("/api/v1/users").then(), 400, "validation")
                .body("errors", fieldError("passwordHash", "unknown-field"));
        api().when().get(SUBMISSIONS + "/" + id).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    // --- API4 Unrestricted resource consumption ---------------------------------------------------

    @Test
    void shouldCapPageSizes() {
        problem(as(viewerToken).queryParam("size", 100_000).when().get("/api/v1/org-units").then(), 400,
                "validation").body("errors", fieldError("size", "out-of-range"));
    }

    // --- Accounts -------------------------------------------------------------------------------

    @Test
    void shouldManageAccountsAndStopADeactivatedOne() {
        var created = api().body(Map.of("username", "phuong3", "displayName", "Cán bộ Phường 3", "role", "REPORTER",
                        "unitCodes", List.of("P03"), "password", "mat-khau-phuong-3"))
                .when().post("/api/v1/users")
                .then().statusCode(201).body("unitCodes", contains("P03")).body("locked", equalTo(false))
                .body("$", not(hasKey("passwordHash"))).extract();
        long id = ((Number) created.path("id")).longValue();
        String session = as(null).body(Map.of("username", "phuong3", "password", "mat-khau-phuong-3"))
                .when().post("/api/v1/session").then().statusCode(201).extract().path("token");
        api().when().get("/api/v1/users/" + id).then().statusCode(200).body("username", equalTo("phuong3"));
        api().queryParam("sort", "-username").when().get("/api/v1/users").then().statusCode(200)
                .body("items.username[0]", equalTo("viewer"));
        api().header("If-Match", "\"0\"").body(Map.of("username", "phuong3", "displayName", "Cán bộ Phường 3",
                        "role", "REPORTER", "unitCodes", List.of("P03"), "active", false))
                .when().put("/api/v1/users/" + id).then().statusCode(200).body("active", equalTo(false));
        problem(as(session).when().get("/api/v1/session").then(), 401, "unauthorized");
        problem(api().body(Map.of("username", "Bad Name", "displayName", "x", "role", "REPORTER", "password", "short"))
                .when().post("/api/v1/users").then(), 400, "validation")
                .body("errors", fieldError("username", "username-format"))
                .body("errors", fieldError("password", "password-too-short"))
                .body("errors", fieldError("unitCodes", "required"));
    }

    // --- Sign-in throttling: per client address and username --------------------------------------

    private static ValidatableResponse signInFrom(String address, String username, String password) {
        return as(null).header("X-Forwarded-For", address).body(Map.of("username", username, "password", password))
                .when().post(SESSION).then();
    }

    private static int retryAfter(ValidatableResponse response) {
        return Integer.parseInt(response.extract().header("Retry-After"));
    }

    @Test
    void shouldNotLetAStrangerLockSomeoneElseOut() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            problem(signInFrom(STRANGER, "admin", "wrong-password-" + attempt), 401, "sign-in-failed");
        }
        // The stranger waits, even with the right password …
        ValidatableResponse refused = problem(signInFrom(STRANGER, "admin", PASSWORD), 429, "sign-in-locked");
        org.hamcrest.MatcherAssert.assertThat(retryAfter(refused), allOf(greaterThanOrEqualTo(55), lessThanOrEqualTo(60)));
        // … the admin, from their own address, does not.
        signInFrom(OWNER, "admin", PASSWORD).statusCode(201).header("Cache-Control", "no-store")
                .body("user.username", equalTo("admin"));
        api().queryParam("sort", "username").when().get(USERS).then().statusCode(200)
                .body("items.find { it.username == 'admin' }.locked", equalTo(true));
    }

    @Test
    void shouldAnswerAnUnknownNameExactlyLikeAKnownOne() {
        String known = "198.51.100.21";
        String unknown = "198.51.100.22";
        for (int attempt = 1; attempt <= 6; attempt++) {
            ExtractableResponse<Response> real = signInFrom(known, "reviewer", "wrong-password-" + attempt).extract();
            ExtractableResponse<Response> none = signInFrom(unknown, "khong-co-ai", "wrong-password-" + attempt).extract();
            assertEquals(real.statusCode(), none.statusCode(), "status of attempt " + attempt);
            assertEquals(real.asString(), none.asString(), "body of attempt " + attempt);
            assertEquals(real.header("Retry-After") == null, none.header("Retry-After") == null,
                    "Retry-After of attempt " + attempt);
            assertEquals(attempt <= 5 ? 401 : 429, real.statusCode());
            if (attempt > 5) {
                int a = Integer.parseInt(real.header("Retry-After"));
                int b = Integer.parseInt(none.header("Retry-After"));
                org.hamcrest.MatcherAssert.assertThat(Math.abs(a - b), lessThanOrEqualTo(1));
            }
        }
        // In English too, the same words.
        assertEquals(as(null).header("X-Forwarded-For", known).header("Accept-Language", "en")
                        .body(Map.of("username", "reviewer", "password", "x-wrong-password")).post(SESSION).asString(),
                as(null).header("X-Forwarded-For", unknown).header("Accept-Language", "en")
                        .body(Map.of("username", "khong-co-ai", "password", "x-wrong-password")).post(SESSION).asString());
    }

    @Test
    void shouldEndTheWaitsWhenAnAdminSetsANewPassword() {
        long id = createUser("phuong4", "REPORTER", List.of("P04"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            problem(signInFrom(STRANGER, "phuong4", "wrong-password-" + attempt), 401, "sign-in-failed");
        }
        problem(signInFrom(STRANGER, "phuong4", "mat-khau-phuong4"), 429, "sign-in-locked");
        api().when().get(USERS + "/" + id).then().body("locked", equalTo(true));
        putUser(id, "phuong4", "REPORTER", List.of("P04"), true, "mat-khau-moi-phuong-4").statusCode(200)
                .body("locked", equalTo(false));
        signInFrom(STRANGER, "phuong4", "mat-khau-moi-phuong-4").statusCode(201);
    }

    // --- Sessions end when the account changes ----------------------------------------------------

    private static long createUser(String username, String role, List<String> units) {
        return ((Number) api().body(Map.of("username", username, "displayName", "Tài khoản " + username, "role", role,
                        "unitCodes", units, "password", "mat-khau-" + username.replace('.', '-')))
                .when().post(USERS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static String sessionOf(String username, String password) {
        return signInFrom("198.51.100.99", username, password).statusCode(201).extract().path("token");
    }

    private static ValidatableResponse putUser(String token, long id, String username, String role, List<String> units,
                                               boolean active, String password) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Tài khoản " + username,
                "role", role, "unitCodes", units, "active", active));
        if (password != null) {
            body.put("password", password);
        }
        String etag = as(token).get(USERS + "/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).header("If-Match", etag).body(body).when().put(USERS + "/" + id).then();
    }

    private static ValidatableResponse putUser(long id, String username, String role, List<String> units, boolean active,
                                               String password) {
        return putUser(adminToken, id, username, role, units, active, password);
    }

    @Test
    void shouldEndEverySessionWhenAnAdminSetsANewPassword() {
        long id = createUser("phuong5", "REPORTER", List.of("P05"));
        String first = sessionOf("phuong5", "mat-khau-phuong5");
        String second = sessionOf("phuong5", "mat-khau-phuong5");
        putUser(id, "phuong5", "REPORTER", List.of("P05"), true, "mat-khau-moi-phuong5").statusCode(200);
        problem(as(first).when().get(SESSION).then(), 401, "unauthorized");
        problem(as(second).when().get(SESSION).then(), 401, "unauthorized");
        problem(signInFrom("198.51.100.99", "phuong5", "mat-khau-phuong5"), 401, "sign-in-failed");
        as(sessionOf("phuong5", "mat-khau-moi-phuong5")).when().get(SESSION).then().statusCode(200);
        // The API token of the admin who did it, and other people's sessions, go on.
        as(viewerToken).when().get(SESSION).then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionsOfAnAdminWhoSetsTheirOwnPassword() {
        long id = createUser("quan.tri.2", "ADMIN", List.of());
        String own = sessionOf("quan.tri.2", "mat-khau-quan-tri-2");
        putUser(own, id, "quan.tri.2", "ADMIN", List.of(), true, "mat-khau-moi-quan-tri-2").statusCode(200);
        problem(as(own).when().get(SESSION).then(), 401, "unauthorized");
        as(sessionOf("quan.tri.2", "mat-khau-moi-quan-tri-2")).when().get(SESSION).then().statusCode(200);
    }

    @Test
    void shouldNotBringOldSessionsBackWhenAnAccountIsReactivated() {
        long id = createUser("phuong6", "REPORTER", List.of("P06"));
        String session = sessionOf("phuong6", "mat-khau-phuong6");
        putUser(id, "phuong6", "REPORTER", List.of("P06"), false, null).statusCode(200);
        problem(as(session).when().get(SESSION).then(), 401, "unauthorized");
        putUser(id, "phuong6", "REPORTER", List.of("P06"), true, null).statusCode(200).body("active", equalTo(true));
        problem(as(session).when().get(SESSION).then(), 401, "unauthorized");
        as(sessionOf("phuong6", "mat-khau-phuong6")).when().get(SESSION).then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionsOfAnAccountWhoseRoleChanges() {
        long id = createUser("lanh.dao.2", "VIEWER", List.of());
        String session = sessionOf("lanh.dao.2", "mat-khau-lanh-dao-2");
        as(session).when().get(SESSION).then().statusCode(200).body("roles", contains("VIEWER"));
        putUser(id, "lanh.dao.2", "REVIEWER", List.of(), true, null).statusCode(200);
        problem(as(session).when().get(SESSION).then(), 401, "unauthorized");
        // An edit that changes neither password, role nor active flag leaves sessions alone.
        String renamed = sessionOf("lanh.dao.2", "mat-khau-lanh-dao-2");
        putUser(id, "lanh.dao.2", "REVIEWER", List.of(), true, null).statusCode(200);
        as(renamed).when().get(SESSION).then().statusCode(200).body("roles", hasItem("REVIEWER"));
    }

    @Test
    void shouldRefuseToSignOutWithAnApiTokenAndKeepTheTokenWorking() {
        String secret = api().body(Map.of("name", "Hệ thống thống kê", "scope", "READ",
                        "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
        problem(as(secret).when().delete(SESSION).then(), 403, "not-a-session");
        as(secret).when().get(SUBMISSIONS).then().statusCode(200);
        as(secret).when().get(SESSION).then().statusCode(200).body("name", equalTo("token:Hệ thống thống kê"));
    }

    // --- The last admin -------------------------------------------------------------------------

    private static long userId(String username) {
        List<Map<String, Object>> items = api().queryParam("size", 500).get(USERS).then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(u -> username.equals(u.get("username")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** Read from the database: the admin's own session may just have ended. */
    private static List<String> activeAdmins() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list("role = ?1 and active = true",
                Role.ADMIN).stream().map(u -> u.username).toList());
    }

    @Test
    void shouldKeepAtLeastOneActiveAdmin() {
        long admin = userId("admin");
        // Other admins this class may have made step down first, so that "admin" is the last one.
        for (String other : activeAdmins()) {
            if (!other.equals("admin")) {
                putUser(userId(other), other, "VIEWER", List.of(), true, null).statusCode(200);
            }
        }
        String etag = etagOf(USERS + "/" + admin);
        problem(putUser(admin, "admin", "VIEWER", List.of(), true, null), 409, "last-admin");
        problem(putUser(admin, "admin", "ADMIN", List.of(), false, null), 409, "last-admin");
        problem(as(adminToken).header("Accept-Language", "en").header("If-Match", etag)
                .body(Map.of("username", "admin", "displayName", "x", "role", "REPORTER", "unitCodes", List.of("P01")))
                .when().put(USERS + "/" + admin).then(), 409, "last-admin")
                .body("detail", org.hamcrest.Matchers.containsString("last active administrator"));
        // Nothing changed, and the admin's session goes on.
        api().when().get(USERS + "/" + admin).then().header("ETag", etag).body("role", equalTo("ADMIN"))
                .body("active", equalTo(true));
        api().when().get(SESSION).then().statusCode(200);
        // A change that keeps the admin an admin is allowed.
        putUser(admin, "admin", "ADMIN", List.of(), true, null).statusCode(200);
        adminToken = reopenAdminSession();
    }

    @Test
    void shouldKeepOneAdminWhenTwoAdminsDemoteEachOtherAtOnce() throws Exception {
        long admin = userId("admin");
        long second = createUser("quan.tri.3", "ADMIN", List.of());
        for (int round = 1; round <= 3; round++) {
            putUser(second, "quan.tri.3", "ADMIN", List.of(), true, null).statusCode(200);
            String secondToken = sessionOf("quan.tri.3", "mat-khau-quan-tri-3");
            String adminEtag = etagOf(USERS + "/" + admin);
            String secondEtag = etagOf(USERS + "/" + second);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<ExtractableResponse<Response>> adminDemotesSecond = CompletableFuture.supplyAsync(
                    () -> demote(adminToken, second, "quan.tri.3", secondEtag, start));
            CompletableFuture<ExtractableResponse<Response>> secondDemotesAdmin = CompletableFuture.supplyAsync(
                    () -> demote(secondToken, admin, "admin", adminEtag, start));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (ExtractableResponse<Response> r : List.of(adminDemotesSecond.get(), secondDemotesAdmin.get())) {
                outcomes.add(r.statusCode() == 409 ? r.path("code") : r.statusCode());
            }
            // The loser is refused by the last-admin rule, or, when the winner's demotion committed before the
            // loser's request was authenticated, by the end of its session (a role change ends every session).
            org.hamcrest.MatcherAssert.assertThat("round " + round, outcomes, org.hamcrest.Matchers.anyOf(
                    containsInAnyOrder(200, "last-admin"), containsInAnyOrder(200, 401)));
            List<String> admins = activeAdmins();
            org.hamcrest.MatcherAssert.assertThat("round " + round, admins.size(), equalTo(1));
            if (!admins.contains("admin")) {
                // The second admin won: it makes "admin" an admin again, and "admin" signs in afresh.
                putUser(sessionOf("quan.tri.3", "mat-khau-quan-tri-3"), admin, "admin", "ADMIN", List.of(), true, null)
                        .statusCode(200);
                adminToken = reopenAdminSession();
            }
        }
    }

    private static ExtractableResponse<Response> demote(String token, long id, String username, String etag,
                                                        CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return as(token).header("If-Match", etag).body(Map.of("username", username, "displayName",
                "Tài khoản " + username, "role", "VIEWER", "unitCodes", List.of())).when().put(USERS + "/" + id)
                .then().extract();
    }

    private String reopenAdminSession() {
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.openSession(AppUser.findByUsername("admin").orElseThrow()));
    }
}
