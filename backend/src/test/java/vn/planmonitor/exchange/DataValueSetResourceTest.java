package vn.planmonitor.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DataValueSetResourceTest extends ApiTest {

    private static final String SETS = "/api/v1/dataValueSets";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every data element a ward reports, as value strings. */
    private static final Map<String, String> WARD = new java.util.LinkedHashMap<>();

    static {
        WARD.put("ECON_OFFICER_TRAINED", "2");
        WARD.put("ECON_OFFICER_TOTAL", "3");
        WARD.put("CIVIL_SERVANT_TRAINED", "10");
        WARD.put("CIVIL_SERVANT_TOTAL", "24.5");
        WARD.put("STI_DATABASE", "true");
        WARD.put("STI_APPLICATION_MODELS", "1");
        WARD.put("CREATIVE_MOVEMENT", "1");
        WARD.put("IMPROVEMENT_INITIATIVES", "4");
    }

    private static List<Map<String, Object>> wardRows(String unit, String period) {
        List<Map<String, Object>> rows = new ArrayList<>();
        WARD.forEach((element, value) -> rows.add(Map.of("dataElement", element, "orgUnit", unit, "period", period,
                "value", value)));
        return rows;
    }

    /** As the admin, without the JSON content type that {@code api()} sets (xlsx bodies, file downloads). */
    private static io.restassured.specification.RequestSpecification signedIn() {
        return RestAssured.given().header("Authorization", "Bearer " + adminToken);
    }

    private static Map<String, Object> set(List<Map<String, Object>> rows) {
        return Map.of("dataSet", PLAN, "dataValues", rows);
    }

    private static ValidatableResponse post(Object body, String... query) {
        var request = api();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.body(body).when().post(SETS).then();
    }

    private static Map<String, Object> submission(String unit, String period) {
        List<Map<String, Object>> items = api().queryParam("plan", PLAN).queryParam("orgUnit", unit)
                .queryParam("period", period).get("/api/v1/submissions").then().statusCode(200).extract().path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static Map<String, Object> valueOf(Map<String, Object> submission, String indicator) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) submission.get("values");
        return values.stream().filter(v -> indicator.equals(v.get("indicatorCode"))).findFirst().orElse(null);
    }

    @Test
    void shouldImportJsonIntoANewDraftAndReadItBack() {
        post(set(wardRows("P01", "2017"))).statusCode(200).contentType("application/json")
                .body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(8))
                .body("importCount.updated", equalTo(0)).body("importCount.ignored", equalTo(0))
                .body("conflicts", empty());
        Map<String, Object> report = submission("P01", "2017");
        assertEquals("DRAFT", report.get("status"));
        assertEquals(6, ((List<?>) report.get("values")).size());
        assertEquals(2, ((Number) valueOf(report, "ECON_OFFICER_TRAINING").get("numerator")).intValue());
        assertEquals(24.5f, ((Number) valueOf(report, "CIVIL_SERVANT_TRAINING").get("denominator")).floatValue());
        assertEquals(true, valueOf(report, "CREATIVE_MOVEMENT").get("answer"));
        api().queryParam("plan", PLAN).queryParam("period", "2017").queryParam("orgUnit", "P01").get(SETS)
                .then().statusCode(200).body("dataValues", hasSize(8)).body("orgUnit", equalTo("P01"))
                .body("dataValues.find { it.dataElement == 'CIVIL_SERVANT_TOTAL' }.value", equalTo("24.5"))
                .body("dataValues.find { it.dataElement == 'STI_DATABASE' }.value", equalTo("true"));
        long id = ((Number) report.get("id")).longValue();
        api().get("/api/v1/submissions/" + id + "/history").then().statusCode(200).body("items", hasSize(8))
                .body("items.action", hasItem("CREATE")).body("items.actor", hasItem("admin"));

        // The same again changes nothing; one changed figure is one update, one trail entry more.
        post(set(wardRows("P01", "2017"))).statusCode(200).body("importCount.ignored", equalTo(8));
        post(Map.of("dataSet", PLAN, "period", "2017", "orgUnit", "P01", "dataValues",
                List.of(Map.of("dataElement", "IMPROVEMENT_INITIATIVES", "value", "5"))))
                .statusCode(200).body("importCount.updated", equalTo(1));
        api().get("/api/v1/submissions/" + id + "/history").then().body("items", hasSize(9))
                .body("items[8].action", equalTo("UPDATE")).body("items[8].oldValue", equalTo("4"))
                .body("items[8].newValue", equalTo("5"));
        assertEquals(1, ((Number) submission("P01", "2017").get("version")).intValue());
    }

    @Test
    void shouldImportCsvWithAndWithoutHeaderAndExportIt() {
        StringBuilder csv = new StringBuilder(CsvDataValues.HEADER + "\r\n");
        WARD.forEach((element, value) -> csv.append(element).append(",2017,P02,default,,").append(value)
                .append(",x,,\"a comment, quoted \"\"here\"\"\",false,\n"));
        api().contentType("text/csv").body(csv.toString()).post(SETS).then().statusCode(200)
                .body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(8));
        assertEquals(3, ((Number) valueOf(submission("P02", "2017"), "ECON_OFFICER_TRAINING").get("denominator"))
                .intValue());
        String exported = api().queryParam("plan", PLAN).queryParam("orgUnit", "P02").queryParam("format", "csv")
                .get(SETS).then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(exported.startsWith(CsvDataValues.HEADER), exported);
        assertTrue(exported.contains("CIVIL_SERVANT_TOTAL,2017,P02,,,24.5,"), exported);
        assertEquals(9, exported.split("\r\n").length);
        // Without a header; deleted=true removes a value.
        api().contentType("text/csv").body("STI_DATABASE,2017,P02,,,,,,,,true\n").post(SETS).then()
                .statusCode(200).body("importCount.deleted", equalTo(1));
        assertEquals(null, valueOf(submission("P02", "2017"), "STI_DATABASE"));
        api().contentType("text/csv").body("STI_DATABASE,2017,P02,,,\"true\n").post(SETS).then()
                .statusCode(400).body("code", equalTo("malformed-csv"));
    }

    @Test
    void aWardOfficerGetsATemplateOfTheirOwnWardOnly() throws Exception {
        byte[] own = RestAssured.given().header("Authorization", "Bearer " + reporterP01Token)
                .queryParam("plan", PLAN).queryParam("period", "2017").get(SETS + "/template").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(own))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("P01", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "one line: P01 only");
        }
        problem(RestAssured.given().header("Authorization", "Bearer " + reporterP01Token)
                .queryParam("plan", PLAN).queryParam("period", "2017").queryParam("orgUnits", "P01,P02")
                .get(SETS + "/template").then(), 403, "unit-not-allowed");
    }

    @Test
    void shouldFillTheExcelTemplateAndUploadIt() throws Exception {
        byte[] template = signedIn().queryParam("plan", PLAN).queryParam("period", "2017")
                .queryParam("orgUnits", "P03,P04,PKT").get(SETS + "/template").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        byte[] filled;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Mã đơn vị", sheet.getRow(0).getCell(0).getStringCellValue());
            Row codes = sheet.getRow(1);
            Map<String, Integer> column = new HashMap<>();
            for (int c = 0; c < codes.getLastCellNum(); c++) {
                column.put(codes.getCell(c).getStringCellValue(), c);
            }
            assertTrue(sheet.getDataValidations().size() > 0);
            assertEquals("P03", sheet.getRow(2).getCell(0).getStringCellValue());
            for (int r = 2; r <= 3; r++) {
                Row row = sheet.getRow(r);
                for (Map.Entry<String, String> e : WARD.entrySet()) {
                    var cell = row.getCell(column.get(e.getKey()));
                    if (e.getKey().equals("STI_DATABASE")) {
                        cell.setCellValue("Có");
                    } else if (e.getKey().equals("CREATIVE_MOVEMENT")) {
                        cell.setCellValue("Không");
                    } else {
                        cell.setCellValue(Double.parseDouble(e.getValue()));
                    }
                }
            }
            sheet.getRow(4).getCell(column.get("ENTERPRISES_SUPPORTED")).setCellValue(3);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        signedIn().contentType(XLSX).body(filled).post(SETS).then().statusCode(200)
                .body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(17));
        assertEquals(false, valueOf(submission("P04", "2017"), "CREATIVE_MOVEMENT").get("answer"));
        assertEquals(3, ((Number) valueOf(submission("PKT", "2017"), "ENTERPRISES_SUPPORTED").get("number")).intValue());

        byte[] export = signedIn().accept(XLSX).queryParam("plan", PLAN).queryParam("period", "2017")
                .queryParam("orgUnit", "P03,P04").get(SETS).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("P04", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
        // Uploading the export unchanged changes nothing.
        signedIn().contentType(XLSX).body(export).post(SETS).then().statusCode(200)
                .body("importCount.ignored", equalTo(16)).body("importCount.imported", equalTo(0));
        signedIn().contentType(XLSX).body("not a workbook".getBytes()).post(SETS).then().statusCode(400)
                .body("code", equalTo("malformed-xlsx"));
    }

    private static Map<String, Object> row(String element, String unit, String period, String value) {
        return Map.of("dataElement", element, "orgUnit", unit, "period", period, "value", value);
    }

    @Test
    void shouldReportEachKindOfConflictAndStoreNothingWhenAtomic() {
        List<Map<String, Object>> rows = List.of(
                row("IMPROVEMENT_INITIATIVES", "P05", "2017", "7"),
                row("IMPROVEMENT_INITIATIVES", "P99", "2017", "1"),
                row("NOPE", "P05", "2017", "1"),
                row("IMPROVEMENT_INITIATIVES", "P05", "2017-01", "1"),
                row("IMPROVEMENT_INITIATIVES", "P05", "2018", "abc"),
                row("ECON_OFFICER_TRAINED", "P05", "2017", "5"),
                row("ECON_OFFICER_TOTAL", "P05", "2017", "3"),
                row("IMPROVEMENT_INITIATIVES", "P06", "2017", "1"),
                row("STI_APPLICATION_MODELS", "P05", "2019", "1.5"),
                row("STI_DATABASE", "P05", "2017", "yes"),
                row("IMPROVEMENT_INITIATIVES", "P05", "2030", "1"),
                row("CREATIVITY_CLUB", "P05", "2017", "true"));
        // A WRITE token for Phường 5 only: the row for Phường 6 is outside its scope (E7617).
        String p05 = api().body(Map.of("name", "Phần mềm Phường 5", "scope", "WRITE", "unitCodes", List.of("P05"),
                        "expiresAt", java.time.Instant.now().plusSeconds(3600).toString()))
                .when().post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
        var conflicts = as(p05).body(set(rows)).post(SETS).then()
                .statusCode(409).contentType("application/json").body("status", equalTo("ERROR"))
                .body("importCount.imported", equalTo(0)).body("importCount.ignored", equalTo(12));
        conflicts.body("conflicts.find { it.errorCode == 'E7603' }.object", equalTo("P99"))
                .body("conflicts.find { it.errorCode == 'E7603' }.indexes", equalTo(List.of(1)))
                .body("conflicts.find { it.errorCode == 'E7610' }.object", equalTo("NOPE"))
                .body("conflicts.find { it.errorCode == 'E7609' }.property", equalTo("period"))
                .body("conflicts.find { it.errorCode == 'E7619' }.object", equalTo("abc"))
                .body("conflicts.find { it.errorCode == 'E7625' }.indexes", equalTo(List.of(5, 6)))
                .body("conflicts.find { it.errorCode == 'E7617' }.object", equalTo("P06"))
                .body("conflicts.find { it.errorCode == 'E7623' }.indexes", equalTo(List.of(8)))
                .body("conflicts.find { it.errorCode == 'E7624' }.object", equalTo("yes"))
                .body("conflicts.find { it.errorCode == 'E7614' }.object", equalTo("2030"))
                .body("conflicts.find { it.errorCode == 'E7612' }.object", equalTo("CREATIVITY_CLUB"))
                .body("conflicts", hasSize(10));
        assertEquals(null, submission("P05", "2017"));

        // In English, and atomic=false: the good row is stored, the rest reported.
        as(p05).header("Accept-Language", "en").queryParam("atomic", "false")
                .body(set(rows)).post(SETS).then().statusCode(200).body("status", equalTo("WARNING"))
                .body("importCount.imported", equalTo(1)).body("importCount.ignored", equalTo(11))
                .body("conflicts.find { it.errorCode == 'E7603' }.value", equalTo("There is no reporting unit P99."));
        assertEquals(7, ((Number) valueOf(submission("P05", "2017"), "IMPROVEMENT_INITIATIVES").get("number")).intValue());

        // One part of a ratio is merged with the stored other part.
        post(set(List.of(row("ECON_OFFICER_TOTAL", "P05", "2017", "4")))).statusCode(409)
                .body("conflicts[0].errorCode", equalTo("E7626"));
        post(set(List.of(row("ECON_OFFICER_TOTAL", "P05", "2017", "4"), row("ECON_OFFICER_TRAINED", "P05", "2017", "4"))))
                .statusCode(200);
        post(set(List.of(row("ECON_OFFICER_TRAINED", "P05", "2017", "5")))).statusCode(409)
                .body("conflicts[0].errorCode", equalTo("E7625"));
        post(set(List.of(row("ECON_OFFICER_TRAINED", "P05", "2017", "1")))).statusCode(200)
                .body("importCount.updated", equalTo(1));
        // Bad options are a 400, not a summary.
        problem(post(set(List.of()), "importStrategy", "MERGE"), 400, "validation")
                .body("errors", fieldError("importStrategy", "not-one-of"));
        problem(post(Map.of("dataSet", "NO-PLAN", "dataValues", List.of())), 400, "validation")
                .body("errors", fieldError("dataSet", "unknown-code"));
        problem(post(Map.of("dataSet", "OTHER-PLAN", "dataValues", List.of()), "plan", PLAN), 400, "validation")
                .body("errors", fieldError("dataSet", "not-this-plan"));
        problem(post(Map.of("dataValues", List.of(Map.of("dataElement", "X", "value", "1"),
                Map.of("dataElement", "X", "value", 5)))), 400, "validation")
                .body("errors", fieldError("dataValues[1].value", "wrong-type"));
        problem(post(Map.of("dataValues", List.of(Map.of("dataElement", "X", "colour", "red")))), 400, "validation")
                .body("errors", fieldError("dataValues[0].colour", "unknown-field"));
        problem(post(Map.of("dataValues", "all of them")), 400, "validation")
                .body("errors", fieldError("dataValues", "wrong-type"));
        problem(post(Map.of("period", 2017, "dataValues", List.of())), 400, "validation")
                .body("errors", fieldError("period", "wrong-type"));
    }

    @Test
    void shouldRefuseValuesForAnApprovedReport() {
        post(set(wardRows("P07", "2016"))).statusCode(200);
        long id = ((Number) submission("P07", "2016").get("id")).longValue();
        api().header("If-Match", "\"0\"").post("/api/v1/submissions/" + id + "/submit").then().statusCode(400);
        // Submitting needs the named items of the models count: add them through the form first.
        Map<String, Object> report = submission("P07", "2016");
        List<Map<String, Object>> values = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) report.get("values");
        for (Map<String, Object> v : stored) {
            Map<String, Object> copy = new HashMap<>();
            v.forEach((k, val) -> {
                if (val != null && !(val instanceof List<?> l && l.isEmpty())) {
                    copy.put(k, val);
                }
            });
            if ("STI_APPLICATION_MODELS".equals(v.get("indicatorCode"))) {
                copy.put("items", List.of(Map.of("name", "Một cửa điện tử", "flagged", true)));
            }
            values.add(copy);
        }
        api().header("If-Match", "\"0\"").body(Map.of("values", values)).put("/api/v1/submissions/" + id).then()
                .statusCode(200);
        api().header("If-Match", "\"1\"").post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        post(set(List.of(row("IMPROVEMENT_INITIATIVES", "P07", "2016", "9")))).statusCode(409)
                .body("conflicts[0].errorCode", equalTo("E7640")).body("conflicts[0].object", equalTo("P07/2016"));
        api().header("If-Match", "\"2\"").post("/api/v1/submissions/" + id + "/approve").then().statusCode(200);
        post(set(List.of(row("IMPROVEMENT_INITIATIVES", "P07", "2016", "9"))), "atomic", "false").statusCode(409)
                .body("conflicts[0].errorCode", equalTo("E7641")).body("conflicts[0].property", equalTo("submission"));
        assertEquals(4, ((Number) valueOf(submission("P07", "2016"), "IMPROVEMENT_INITIATIVES").get("number")).intValue());
    }

    @Test
    void shouldStoreNothingOnADryRun() {
        post(set(wardRows("P08", "2017")), "dryRun", "true").statusCode(200).body("dryRun", equalTo(true))
                .body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(8));
        assertEquals(null, submission("P08", "2017"));
    }

    @Test
    void shouldFollowTheImportStrategies() {
        List<Map<String, Object>> two = List.of(row("IMPROVEMENT_INITIATIVES", "P09", "2017", "2"),
                row("STI_DATABASE", "P09", "2017", "false"));
        post(set(two.subList(0, 1)), "importStrategy", "UPDATE").statusCode(200)
                .body("importCount.ignored", equalTo(1));
        assertEquals(null, submission("P09", "2017"));
        post(set(two.subList(0, 1)), "importStrategy", "CREATE").statusCode(200)
                .body("importCount.imported", equalTo(1));
        post(set(List.of(row("IMPROVEMENT_INITIATIVES", "P09", "2017", "3"), two.get(1))), "importStrategy", "CREATE")
                .statusCode(200).body("importCount.imported", equalTo(1)).body("importCount.ignored", equalTo(1));
        post(set(List.of(row("IMPROVEMENT_INITIATIVES", "P09", "2017", "3"))), "importStrategy", "UPDATE")
                .statusCode(200).body("importCount.updated", equalTo(1));
        post(set(two), "importStrategy", "DELETE").statusCode(200).body("importCount.deleted", equalTo(2));
        assertEquals(List.of(), submission("P09", "2017").get("values"));
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameIdempotencyKey() {
        var body = set(wardRows("P10", "2017"));
        String first = api().header("Idempotency-Key", "p10-2017-a").body(body).post(SETS).then().statusCode(200)
                .body("importCount.imported", equalTo(8)).extract().asString();
        long id = ((Number) submission("P10", "2017").get("id")).longValue();
        int trail = api().get("/api/v1/submissions/" + id + "/history").then().extract().path("items.size()");
        String replay = api().header("Idempotency-Key", "p10-2017-a").body(body).post(SETS).then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, replay);
        assertEquals(0, ((Number) submission("P10", "2017").get("version")).intValue());
        api().get("/api/v1/submissions/" + id + "/history").then().body("items", hasSize(trail));
        problem(api().header("Idempotency-Key", "p10-2017-a").body(set(wardRows("P11", "2017"))).post(SETS).then(),
                422, "idempotency-key-reused");
        assertEquals(null, submission("P11", "2017"));
        // A refused request does not keep its key.
        api().header("Idempotency-Key", "p11-b").body("{").post(SETS).then().statusCode(400);
        api().header("Idempotency-Key", "p11-b").body(set(wardRows("P11", "2017"))).post(SETS).then().statusCode(200);
    }

    @Test
    void shouldRefuseWhatItCannotRead() {
        problem(api().contentType("text/plain").body("x").post(SETS).then(), 415, "unsupported-media-type");
        problem(api().queryParam("period", "2017").get(SETS).then(), 400, "validation")
                .body("errors", fieldError("plan", "required"));
        problem(signedIn().queryParam("plan", PLAN).get(SETS + "/template").then(), 400, "validation")
                .body("errors", fieldError("period", "required"));
    }
}
