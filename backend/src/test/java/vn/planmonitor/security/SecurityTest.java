package vn.planmonitor.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The OWASP API Security Top 10 (2023) as a checklist: each rule is asserted by its status code
 * and by reading back that nothing changed.
 */
@QuarkusTest
class SecurityTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

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

    // --- API5 Broken function-level authorisation -------------------------------------------------

    @Test
    void shouldLetEachRoleDoOnlyItsPart() {
        long id = report(reporterP01Token, "P01", "2016");
        // Incomplete, so refused — but for what it lacks, not for the role: the reporter was allowed to try.
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/submit")
                .then(), 400, "validation").body("errors", fieldError("values.ECON_OFFICER_TRAINING", "missing-value"));
        problem(as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/approve")
                .then(), 403, "forbidden");
        problem(as(viewerToken).body(wardReport("P01", "2019")).when().post(SUBMISSIONS).then(), 403, "forbidden");
        problem(as(viewerToken).when().get(SUBMISSIONS).then(), 403, "forbidden");
        as(viewerToken).when().get("/api/v1/targets").then().statusCode(200);
        problem(as(reviewerToken).body(Map.of("code", "X", "nameVi", "x", "nameEn", "x", "type", "WARD",
                "parentCode", "D11")).when().post("/api/v1/org-units").then(), 403, "forbidden");
        problem(as(reporterP01Token).when().get("/api/v1/audit").then(), 403, "forbidden");
        problem(as(reviewerToken).when().get("/api/v1/users").then(), 403, "forbidden");
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
}
