package vn.planmonitor.reliability;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.LogCapture;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a request may carry, beyond its schema: text without control characters or non-characters,
 * ids in ASCII digits, each JSON field once, date filters a database can hold, and a body within
 * the limit however it is framed. Each case was accepted (or answered badly) before these rules.
 */
@QuarkusTest
class InputHygieneTest extends ApiTest {

    private static final String UNITS = "/api/v1/org-units";
    private static final String SUBMISSIONS = "/api/v1/submissions";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> unit(String code, String nameVi) {
        return Map.of("code", code, "nameVi", nameVi, "nameEn", "Test unit", "type", "SCHOOL", "parentCode", "PGDDT");
    }

    @Test
    void shouldRefuseControlCharactersAndNonCharactersInNames() {
        for (String bad : List.of("Trường\u0000", "Trường\u0001Thử", "\uFFFETrường", "Trường\tThử", "Trường\nThử",
                "Trường\u007F", "Trường\u0085", "Trường\uFDD0", "Trường\uD800", "Trường\uDBFF\uDFFF")) {
            problem(api().body(unit("THCS-HYGIENE", bad)).post(UNITS).then(), 400, "validation")
                    .body("errors", fieldError("nameVi", "forbidden-character"))
                    .body("errors[0].message", containsString("U+"));
        }
        // Letters of any script, emoji and combining marks are text.
        api().body(unit("THCS-HYGIENE", "Trường Thử 💡 ạ\u0301 中文")).post(UNITS).then().statusCode(201);
        long id = idOf("org-units", "THCS-HYGIENE");
        problem(api().header("If-Match", "\"0\"").body(unit("THCS-HYGIENE", "Trường\u0001"))
                .put(UNITS + "/" + id).then(), 400, "validation").body("errors", fieldError("nameVi", "forbidden-character"));
        problem(api().body(Map.of("name", "máy\u0000chủ", "scope", "READ", "expiresAt", "2027-01-01T00:00:00Z"))
                .post("/api/v1/tokens").then(), 400, "validation").body("errors", fieldError("name", "forbidden-character"));
    }

    @Test
    void shouldAllowLineBreaksInProseButNoOtherControlCharacter() {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P05", "period", "2019",
                        "comment", "Dòng 1\r\nDòng 2\tcột", "values", List.of()))
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        problem(api().header("If-Match", "\"0\"").body(Map.of("comment", "Dòng 1\u0000", "values", List.of()))
                .put(SUBMISSIONS + "/" + id).then(), 400, "validation")
                .body("errors", fieldError("comment", "forbidden-character"));
    }

    @Test
    void shouldNeverWriteControlCharactersIntoThePublicCsv() throws Exception {
        // Stored before the rule existed (or by hand in the database): the CSV still must not carry it.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE org_unit SET name_vi = ?, name_en = ? WHERE code = 'P01'")) {
            ps.setString(1, "\tPhường 1\u0000\u0001");
            ps.setString(2, "Ward 1\uFFFE\r");
            assertEquals(1, ps.executeUpdate());
        }
        long report = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", "2017",
                        "values", List.of(
                                Map.of("indicatorCode", "ECON_OFFICER_TRAINING", "numerator", 2, "denominator", 3),
                                Map.of("indicatorCode", "CIVIL_SERVANT_TRAINING", "numerator", 10, "denominator", 24),
                                Map.of("indicatorCode", "STI_DATABASE", "answer", true),
                                Map.of("indicatorCode", "STI_APPLICATION_MODELS", "number", 0),
                                Map.of("indicatorCode", "CREATIVE_MOVEMENT", "answer", true),
                                Map.of("indicatorCode", "IMPROVEMENT_INITIATIVES", "number", 2))))
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id"))
                .longValue();
        api().header("If-Match", "\"0\"").post(SUBMISSIONS + "/" + report + "/submit").then().statusCode(200);
        api().header("If-Match", "\"1\"").post(SUBMISSIONS + "/" + report + "/approve").then().statusCode(200);
        String plan = "/api/v1/plans/" + idOf("plans", PLAN);
        api().header("If-Match", etagOf(plan)).post(plan + "/publish").then().statusCode(200);
        String csv = as(null).get("/api/v1/public/plans/" + PLAN + "/targets/T1A/data.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("Phường 1"), csv);
        for (String line : csv.split("\r\n")) {
            int at = vn.planmonitor.common.Violations.forbiddenAt(line, false);
            assertEquals(-1, at, "a control or non-character in the public CSV: " + line.replace("\u0000", "\\0"));
        }
        api().header("If-Match", etagOf(plan)).post(plan + "/unpublish").then().statusCode(200);
    }

    @Test
    void shouldAcceptOnlyAsciiDigitsAsIds() {
        long id = idOf("org-units", "P01");
        api().get(UNITS + "/" + id).then().statusCode(200);
        String fullWidth = new StringBuilder().appendCodePoint(0xFF10 + (int) id).toString(); // "１" for 1
        assertEquals(1, String.valueOf(id).length(), "a one-digit id to spell in full width");
        for (String other : List.of(fullWidth, "+" + id, "\u0661" /* Arabic-Indic one */, "0x1", " " + id)) {
            problem(api().get(UNITS + "/" + other).then(), 404, "no-such-path");
        }
        problem(api().get(SUBMISSIONS + "/" + fullWidth + "/history").then(), 404, "no-such-path");
        problem(api().queryParam("page", "\uFF11").get(UNITS).then(), 400, "validation")
                .body("errors", fieldError("page", "not-an-integer"));
        problem(api().queryParam("size", "+5").get(UNITS).then(), 400, "validation")
                .body("errors", fieldError("size", "not-an-integer"));
    }

    @Test
    void shouldRefuseDuplicateJsonKeys() {
        problem(api().body("{\"code\": \"THCS-DUP\", \"nameVi\": \"Một\", \"nameVi\": \"Hai\", \"nameEn\": \"x\","
                + " \"type\": \"SCHOOL\", \"parentCode\": \"PGDDT\"}").post(UNITS).then(), 400, "duplicate-key")
                .body("detail", containsString("nameVi"));
        problem(api().body("{\"dataValues\": [{\"dataElement\": \"IMPROVEMENT_INITIATIVES\", \"orgUnit\": \"P06\","
                + " \"period\": \"2017\", \"value\": \"1\", \"value\": \"9\"}]}").post("/api/v1/dataValueSets").then(),
                400, "duplicate-key").body("detail", containsString("value"));
        problem(api().header("Accept-Language", "en").body("{\"orgUnit\": \"P06\", \"orgUnit\": \"P07\", \"dataValues\": []}")
                .post("/api/v1/dataValueSets").then(), 400, "duplicate-key").body("detail", containsString("twice"));
        api().get(UNITS + "?size=500").then().body("items.code", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("THCS-DUP")));
    }

    @Test
    void shouldRefuseDateFiltersOutsideWhatTheDatabaseHolds() {
        for (String far : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "1969-12-31", "9999-12-31")) {
            problem(api().queryParam("from", far).get("/api/v1/audit").then(), 400, "validation")
                    .body("errors", fieldError("from", "date-out-of-range"));
            problem(api().queryParam("to", far).get("/api/v1/audit").then(), 400, "validation")
                    .body("errors", fieldError("to", "date-out-of-range"));
        }
        api().queryParam("from", "1970-01-01").queryParam("to", "8999-12-31").get("/api/v1/audit").then().statusCode(200);
        api().queryParam("from", "2016-01-01T00:00:00Z").get("/api/v1/audit").then().statusCode(200);
        problem(api().queryParam("from", "yesterday").get("/api/v1/audit").then(), 400, "validation")
                .body("errors", fieldError("from", "not-a-date"));
    }

    @Test
    void shouldAnswerAChunkedBodyOverTheLimitLikeAnyOtherOversizedBody() {
        long size = 11L * 1024 * 1024;
        InputStream body = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        try (LogCapture log = new LogCapture()) {
            // An InputStream of unknown length goes out with Transfer-Encoding: chunked, no Content-Length.
            problem(RestAssured.given().header("Authorization", "Bearer " + adminToken).contentType("text/csv")
                    .body(body).post("/api/v1/dataValueSets").then(), 413, "body-too-large");
            assertEquals(List.of(), log.records().stream().filter(r -> r.getLevel().intValue() >= 1000)
                    .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(), "nothing at ERROR");
        }
        // Within the limit, chunked is fine.
        api().contentType("text/csv").body(new java.io.ByteArrayInputStream("a,2017,P01\n".getBytes()))
                .post("/api/v1/dataValueSets").then().statusCode(409).body("conflicts", hasSize(1))
                .body("conflicts[0].errorCode", equalTo("E7610"));
    }
}
