package vn.planmonitor.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.Attachments;
import vn.planmonitor.support.ContractFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser-side protections on every response: each operation of openapi.yaml (path parameters
 * filled with real ids, as the admin and anonymously, whatever the status), each route of the web
 * app's router, the Quarkus pages, and the same values in frontend/nginx.conf.
 */
@QuarkusTest
class SecurityHeadersTest extends ApiTest {

    private static final Path ROUTER = Path.of("..", "frontend", "src", "app", "router.tsx");
    private static final Path NGINX = Path.of("..", "frontend", "nginx.conf");
    private static final String EMBED_URL = "/embed/targets/" + PLAN + "/T1A";

    /**
     * Every route of frontend/src/app/router.tsx (its {@code path:} as written there) with an address that
     * reaches it. A route added to the router but not here fails the test.
     */
    private static final List<Map.Entry<String, String>> SPA_ROUTES = List.of(
            Map.entry("(index)", "/"),
            Map.entry("sign-in", "/sign-in"),
            Map.entry("data-entry", "/data-entry"),
            Map.entry("reports", "/reports"),
            Map.entry("review", "/review"),
            Map.entry("review/:id", "/review/1"),
            Map.entry("targets/:code", "/targets/T1A"),
            Map.entry("completeness", "/completeness"),
            Map.entry("notifications", "/notifications"),
            Map.entry("profile", "/profile"),
            Map.entry("exchange", "/exchange"),
            Map.entry("admin", "/admin"),
            Map.entry("org-units", "/admin/org-units"),
            Map.entry("indicators", "/admin/indicators"),
            Map.entry("targets", "/admin/targets"),
            Map.entry("plans", "/admin/plans"),
            Map.entry("users", "/admin/users"),
            Map.entry("tokens", "/admin/tokens"),
            Map.entry("webhooks", "/admin/webhooks"),
            Map.entry("unit-types", "/admin/unit-types"),
            Map.entry("*", "/khong-co-trang-nay"),
            Map.entry("portal", "/portal"),
            Map.entry(":code", "/portal/" + PLAN),
            Map.entry(":code/targets/:targetCode", "/portal/" + PLAN + "/targets/T1A"),
            Map.entry("*", "/portal/" + PLAN + "/khong-co"),
            Map.entry("embed/targets/:code/:targetCode", EMBED_URL));

    private final List<String> failures = new ArrayList<>();

    @Test
    void shouldProtectEveryOperationOfTheContract() {
        Map<String, String> ids = realIds();
        JsonNode contract = ContractFilter.INSTANCE.contract();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = fill(path.getKey(), ids);
            for (String method : List.of("get", "post", "put", "delete")) {
                if (!path.getValue().has(method)) {
                    continue;
                }
                // Signing out must not end the admin's session the rest of the run uses.
                String token = path.getKey().equals("/api/v1/session") && method.equals("delete")
                        ? signInAfresh() : adminToken;
                for (String caller : new String[] {token, null}) {
                    Response response = as(caller).body("{}").request(method.toUpperCase(), url);
                    expectApiHeaders(method.toUpperCase() + " " + url + (caller == null ? " (anonymous)" : ""),
                            response);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 100, "checked only " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldProtectEveryRouteOfTheWebAppAndLetOnlyTheEmbedBeFramed() throws IOException {
        Set<String> inRouter = new TreeSet<>();
        Matcher path = Pattern.compile("path: '([^']+)'").matcher(Files.readString(ROUTER));
        while (path.find()) {
            inRouter.add(path.group(1));
        }
        inRouter.add("(index)");
        Set<String> listed = new TreeSet<>();
        SPA_ROUTES.forEach(route -> listed.add(route.getKey()));
        assertEquals(inRouter, listed, "routes of " + ROUTER + " against SPA_ROUTES: add the new route's address");

        for (Map.Entry<String, String> route : SPA_ROUTES) {
            Response response = RestAssured.given().get(route.getValue());
            String what = "GET " + route.getValue();
            expect(what, response, "Content-Security-Policy",
                    route.getValue().equals(EMBED_URL) ? SecurityHeaders.EMBED_CSP : SecurityHeaders.CSP);
            expect(what, response, "X-Frame-Options", route.getValue().equals(EMBED_URL) ? null : "DENY");
            expectCommon(what, response);
            expect(what, response, "Cache-Control", "no-cache");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldKeepHashedAssetsForAYearButNotAMissingOne() {
        // A stand-in from src/test/resources, so the rule is checked whether or not the SPA was built.
        String asset = "test-asset-5f3a9c.js";
        Response response = RestAssured.given().get("/assets/" + asset);
        assertEquals(200, response.statusCode());
        expect("GET /assets/" + asset, response, "Cache-Control", SpaRoutes.IMMUTABLE);
        expectCommon("GET /assets/" + asset, response);
        Response missing = RestAssured.given().get("/assets/no-such-file-0000.js");
        assertEquals(404, missing.statusCode());
        assertNotEquals(SpaRoutes.IMMUTABLE, missing.header("Cache-Control"));
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldProtectTheQuarkusPagesToo() {
        for (String url : List.of("/q/openapi", "/q/health/ready", "/q/metrics", "/q/no-such-page")) {
            Response response = RestAssured.given().get(url);
            expect("GET " + url, response, "Content-Security-Policy", SecurityHeaders.CSP);
            expect("GET " + url, response, "X-Frame-Options", "DENY");
            expectCommon("GET " + url, response);
        }
        // Swagger UI starts itself with an inline script: its pages alone allow one.
        Response swagger = RestAssured.given().get("/q/swagger-ui/");
        expect("GET /q/swagger-ui/", swagger, "Content-Security-Policy",
                SecurityHeaders.CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
        expect("GET /q/swagger-ui/", swagger, "X-Frame-Options", "DENY");
        expectCommon("GET /q/swagger-ui/", swagger);
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldSetTheSameValuesInNginxAndHstsInProductionOnly() throws IOException {
        String nginx = Files.readString(NGINX);
        for (String value : List.of(SecurityHeaders.CSP, SecurityHeaders.EMBED_CSP, SecurityHeaders.REFERRER_POLICY)) {
            assertTrue(nginx.contains("\"" + value + "\""), "frontend/nginx.conf lacks \"" + value + "\"");
        }
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        assertTrue(properties.lines().anyMatch(l -> l.matches("%prod\\.planmonitor\\.security-headers\\.hsts=max-age=\\d{8,}.*")),
                "no HSTS for the production profile in application.properties");
        assertTrue(properties.lines().noneMatch(l -> l.startsWith("planmonitor.security-headers.hsts")),
                "HSTS must be for production only");
    }

    private void expectApiHeaders(String what, Response response) {
        expect(what, response, "Content-Security-Policy", SecurityHeaders.CSP);
        expect(what, response, "X-Frame-Options", "DENY");
        expect(what, response, "Cache-Control", "no-store");
        expectCommon(what, response);
    }

    private void expectCommon(String what, Response response) {
        expect(what, response, "X-Content-Type-Options", "nosniff");
        expect(what, response, "Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        expect(what, response, "Strict-Transport-Security", null); // tests run in the test profile
    }

    private void expect(String what, Response response, String header, String value) {
        List<String> values = response.headers().getValues(header);
        List<String> wanted = value == null ? List.of() : List.of(value);
        if (!values.equals(wanted)) {
            failures.add(what + " → " + response.statusCode() + ": " + header + " " + values + ", expected " + wanted);
        }
    }

    /** Real ids for the path parameters: the seed's plan, unit, indicator and target, and a report, a token, an account, a webhook endpoint, a unit type. */
    private static Map<String, String> realIds() {
        long report = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2017",
                "values", List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", true))))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
        long token = ((Number) api().body(Map.of("name", "Kiểm tra tiêu đề", "scope", "READ",
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token.id")).longValue();
        long webhook = ((Number) api().body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("report.approved"),
                        "secret", "kiem-tra-tieu-de-0123456789abcdef"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
        long user = ((Number) api().get("/api/v1/session").then().statusCode(200).extract().path("user.id")).longValue();
        long attachment = ((Number) Attachments.upload(adminToken, report, "minh-chung.pdf", Attachments.pdf(100), null)
                .statusCode(201).extract().path("id")).longValue();
        Map<String, String> ids = new java.util.HashMap<>(Map.of("org-units", String.valueOf(idOf("org-units", "P01")), "plans", String.valueOf(idOf("plans", PLAN)),
                "indicators", String.valueOf(idOf("indicators", "STI_DATABASE")),
                "targets", String.valueOf(idOf("targets", "T1A")), "submissions", String.valueOf(report),
                "tokens", String.valueOf(token), "users", String.valueOf(user), "code", PLAN, "targetCode", "T1A",
                // The admin has no notice (404 for this id): a refusal carries the same headers as an answer.
                "notifications", "1"));
        ids.put("attachmentId", String.valueOf(attachment));
        ids.put("webhooks", String.valueOf(webhook));
        ids.put("unit-types", String.valueOf(idOf("unit-types", "WARD")));
        return ids;
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher collection = Pattern.compile("^/api/v1/([a-z-]+)/\\{id}").matcher(template);
        String url = collection.find() ? template.replace("{id}", ids.get(collection.group(1))) : template;
        url = url.replace("{code}", ids.get("code")).replace("{targetCode}", ids.get("targetCode"))
                .replace("{attachmentId}", ids.get("attachmentId")).replace("{year}", "2019");
        assertTrue(!url.contains("{"), "no real value for a parameter of " + template);
        return url;
    }

    private static String signInAfresh() {
        return as(null).header("X-Forwarded-For", "198.51.100.7")
                .body(Map.of("username", "admin", "password", PASSWORD)).post("/api/v1/session")
                .then().statusCode(201).extract().path("token");
    }
}
