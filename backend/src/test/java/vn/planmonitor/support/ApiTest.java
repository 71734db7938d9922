package vn.planmonitor.support;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matcher;
import jakarta.inject.Inject;
import liquibase.Liquibase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.planmonitor.security.AppUser;
import vn.planmonitor.security.Role;
import vn.planmonitor.security.TokenService;
import vn.planmonitor.security.UserService;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Base of every API test: each test class starts on a clean schema (dropped and migrated again,
 * so the District 11 seed is exactly as shipped), and every response is checked against the contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest {

    @Inject
    LiquibaseFactory liquibaseFactory;

    @Inject
    UserService users;

    @Inject
    TokenService tokens;

    /** Bearer tokens of one account per role, signed in afresh for each test class. */
    protected static String adminToken;
    protected static String reviewerToken;
    protected static String reporterP01Token;
    protected static String reporterP02Token;
    protected static String viewerToken;

    protected static final String PASSWORD = "mat-khau-thu-nghiem";

    @BeforeAll
    void cleanSchema() throws Exception {
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            liquibase.dropAll();
            liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels());
        }
        RestAssured.replaceFiltersWith(ContractFilter.INSTANCE);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        users.createIfMissing("admin", "Quản trị", Role.ADMIN, PASSWORD);
        users.createIfMissing("reviewer", "Chuyên viên duyệt", Role.REVIEWER, PASSWORD);
        users.createIfMissing("phuong1", "Cán bộ Phường 1", Role.REPORTER, PASSWORD, "P01");
        users.createIfMissing("phuong2", "Cán bộ Phường 2", Role.REPORTER, PASSWORD, "P02");
        users.createIfMissing("viewer", "Lãnh đạo", Role.VIEWER, PASSWORD);
        adminToken = signIn("admin");
        reviewerToken = signIn("reviewer");
        reporterP01Token = signIn("phuong1");
        reporterP02Token = signIn("phuong2");
        viewerToken = signIn("viewer");
    }

    /** A session as sign-in would open it (the HTTP port is not known yet in @BeforeAll). */
    private String signIn(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> tokens.openSession(AppUser.findByUsername(username).orElseThrow()));
    }

    /** A JSON request as the admin, who may do everything; tests of access rules use {@link #as(String)}. */
    protected static RequestSpecification api() {
        return as(adminToken);
    }

    /** A JSON request with this bearer token (null: anonymous). */
    protected static RequestSpecification as(String token) {
        RequestSpecification request = RestAssured.given().contentType(ContentType.JSON);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    protected static final String PLAN = "D11-STI-2016-2020";

    /** Every indicator a ward reports, answered: a report that may be submitted. */
    protected static List<Map<String, Object>> completeWardValues() {
        return List.of(
                Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", 2, "denominator", 3),
                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", 10, "denominator", 24),
                Map.of("indicatorCode", "STI_DATABASE", "answer", true),
                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 1,
                        "items", List.of(Map.of("name", "Một cửa điện tử", "flagged", true))),
                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 4));
    }
    protected static final String PROBLEM_JSON = "application/problem+json";

    /** Asserts an RFC 9457 body with our code; returns the response for further checks. */
    protected static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status)).body("code", equalTo(code))
                .body("type", equalTo("urn:planmonitor:problem:" + code))
                .body("title", not(emptyOrNullString())).body("detail", not(emptyOrNullString()));
    }

    /** A field-level error in a validation problem. */
    protected static Matcher<Iterable<? super Map<String, ?>>> fieldError(String field, String code) {
        return hasItem(allOf(hasEntry("field", field), hasEntry("code", code)));
    }

    /** Finds one resource's id by code through the list endpoint, as a client would. */
    protected static long idOf(String collection, String code) {
        List<Map<String, Object>> items = api().queryParam("size", 500).get("/api/v1/" + collection)
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + collection));
    }

    protected static String etagOf(String path) {
        return api().get(path).then().statusCode(200).extract().header("ETag");
    }
}
