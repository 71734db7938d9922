package vn.planmonitor.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.LogCapture;
import vn.planmonitor.support.Xlsx;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planmonitor.support.Xlsx.inline;
import static vn.planmonitor.support.Xlsx.number;

/**
 * Spreadsheets built to hurt, generated here rather than kept as files: sheets that inflate just
 * under and just over the 20 MB limit at the ratio of a real attack (~64:1, under POI's 100:1
 * guard) and far beyond it (~1000:1), a shared-strings bomb, 200,001 values, formulas with forged or
 * missing cached results, a DOCTYPE. Each must be answered, or refused with a problem naming the
 * limit, within seconds and without the memory of the old workbook model (which took 6 GB for
 * 100 MB of XML and ran out of memory at -Xmx512m on 21 MB).
 */
@QuarkusTest
class HostileSpreadsheetTest extends ApiTest {

    private static final String SETS = "/api/v1/dataValueSets";
    private static final long MB = 1024 * 1024;
    private static final long LIMIT = 20 * MB;
    /** Generous for a loaded 2-core machine: the streaming read of 20 MB takes well under a second idle. */
    private static final long SECONDS = 15;
    /**
     * Heap allocated by every thread while the request runs (the client's too): an upper bound on how
     * much the server can have held at once. The workbook model allocates gigabytes for such sheets.
     */
    private static final long MAX_ALLOCATED = 400 * MB;

    private record Measured(Response response, long millis, long allocated) {
    }

    private static Measured measure(Supplier<Response> request) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getTotalThreadAllocatedBytes();
        long started = System.nanoTime();
        Response response = request.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Measured(response, millis, threads.getTotalThreadAllocatedBytes() - allocatedBefore);
    }

    private static Measured upload(byte[] xlsx, String... query) {
        return measure(() -> {
            var request = RestAssured.given().header("Authorization", "Bearer " + adminToken).contentType(Xlsx.MEDIA_TYPE)
                    .queryParam("dryRun", "true");
            for (int i = 0; i < query.length; i += 2) {
                request.queryParam(query[i], query[i + 1]);
            }
            return request.body(xlsx).post(SETS);
        });
    }

    private static void assertBounded(Measured m, String what) {
        assertTrue(m.millis() < SECONDS * 1000, what + " took " + m.millis() + " ms");
        assertTrue(m.allocated() < MAX_ALLOCATED, what + " allocated " + m.allocated() / MB + " MB");
    }

    /**
     * One real value on row 3 (P01, 2017), then filler rows of inline text in column Z until the
     * sheet reaches {@code xmlBytes}. {@code pad} characters of 'x' per row set the ratio: the row
     * numbers and one random letter are what deflate cannot squeeze.
     */
    private static Xlsx filler(long xmlBytes, int pad, boolean rowNumbers) {
        Random random = new Random(15);
        String repeated = "x".repeat(pad);
        return new Xlsx().sheet("", sink -> {
            sink.write("<row r=\"3\">" + inline("A3", "P01") + inline("C3", "2017") + number("D3", "4") + "</row>");
            long written = 0;
            for (int row = 4; written < xmlBytes; row++) {
                String xml = rowNumbers
                        ? "<row r=\"" + row + "\"><c r=\"Z" + row + "\" t=\"inlineStr\"><is><t>" + repeated
                        + (char) ('a' + random.nextInt(26)) + "</t></is></c></row>"
                        : "<row><c t=\"inlineStr\"><is><t>" + repeated + "</t></is></c></row>";
                sink.write(xml);
                written += xml.length();
            }
        }, "IMPROVEMENT_INITIATIVES");
    }

    private boolean warm;

    /**
     * The first request of a run also loads the contract and warms the JIT: not what the bounds are
     * about. (Before each test, not all: the HTTP port is known only once tests run.)
     */
    @BeforeEach
    void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        upload(new Xlsx().sheet("", sink -> sink.write("<row r=\"3\">" + inline("A3", "P01") + inline("C3", "2017")
                + number("D3", "4") + "</row>"), "IMPROVEMENT_INITIATIVES").build()).response().then().statusCode(200);
    }

    @Test
    void shouldReadASheetJustUnderTheLimitAtTheRatioOfTheReportedAttack() {
        Xlsx xlsx = filler(LIMIT - MB, 500, true);
        byte[] file = xlsx.build();
        assertTrue(xlsx.ratio() > 50 && xlsx.ratio() < 100, "ratio " + xlsx.ratio());
        Measured m = upload(file);
        m.response().then().statusCode(200).body("status", equalTo("SUCCESS"))
                .body("importCount.imported", equalTo(1));
        assertBounded(m, "19 MB of sheet XML");
    }

    @Test
    void shouldRefuseASheetJustOverTheLimitWithA413NamingIt() {
        Xlsx xlsx = filler(LIMIT + MB, 500, true);
        byte[] file = xlsx.build();
        assertTrue(xlsx.ratio() > 50 && xlsx.ratio() < 100, "ratio " + xlsx.ratio());
        Measured m = upload(file);
        problem(m.response().then(), 413, "xlsx-too-large").body("detail", containsString("20 MB"));
        assertBounded(m, "21 MB of sheet XML");
    }

    @Test
    void shouldJudgeBySizeNotRatio() {
        // Far beyond POI's 100:1 guard, but small once inflated: read like any other file.
        Xlsx small = filler(LIMIT - MB, 2000, false);
        byte[] file = small.build();
        assertTrue(small.ratio() > 200, "ratio " + small.ratio());
        Measured read = upload(file);
        read.response().then().statusCode(200).body("importCount.imported", equalTo(1));
        assertBounded(read, "19 MB at " + (int) small.ratio() + ":1");

        // 200 MB of XML from a few hundred kilobytes: refused once the first 20 MB have been inflated.
        Xlsx bomb = filler(200 * MB, 2000, false);
        byte[] bombFile = bomb.build();
        assertTrue(bombFile.length < MB && bomb.ratio() > 500, bombFile.length + " bytes, ratio " + bomb.ratio());
        Measured refused = upload(bombFile);
        problem(refused.response().then(), 413, "xlsx-too-large");
        assertBounded(refused, "200 MB at " + (int) bomb.ratio() + ":1");
    }

    @Test
    void shouldCountSharedStringsAgainstTheSameLimit() {
        String item = "<si><t>" + "y".repeat(1000) + "</t></si>";
        Xlsx xlsx = new Xlsx().sharedStrings(sink -> {
            sink.write("<si><t>Có</t></si>");
            for (long written = 0; written < LIMIT + MB; written += item.length()) {
                sink.write(item);
            }
        }).sheet("", sink -> sink.write("<row r=\"3\">" + inline("A3", "P01") + inline("C3", "2017")
                + "<c r=\"D3\" t=\"s\"><v>0</v></c></row>"), "STI_DATABASE");
        Measured m = upload(xlsx.build());
        problem(m.response().then(), 413, "xlsx-too-large");
        assertBounded(m, "21 MB of shared strings");
    }

    @Test
    void shouldRefuseMoreValuesThanTheRowLimitInEveryFormat() {
        int limit = 200_000;
        // XLSX: 20,001 lines of 10 values, about 4 MB of XML.
        String[] elements = new String[10];
        java.util.Arrays.fill(elements, "NO_SUCH_ELEMENT");
        Xlsx xlsx = new Xlsx().sheet("", sink -> {
            for (int row = 3; row < 3 + limit / 10 + 1; row++) {
                StringBuilder xml = new StringBuilder("<row r=\"").append(row).append("\">");
                for (int c = 0; c < 10; c++) {
                    xml.append(number((char) ('D' + c) + String.valueOf(row), "1"));
                }
                sink.write(xml.append("</row>").toString());
            }
        }, elements);
        Measured m = upload(xlsx.build());
        problem(m.response().then(), 413, "too-many-rows").body("detail", containsString("200000"));
        assertBounded(m, "200,010 values in XLSX");

        String line = "NO_SUCH_ELEMENT,2017,P01,,,1\n";
        problem(api().contentType("text/csv").body(line.repeat(limit + 1)).post(SETS).then(), 413, "too-many-rows");
        problem(api().body("{\"dataValues\":[" + "null,".repeat(limit) + "null]}").post(SETS).then(), 413,
                "too-many-rows");
        // Exactly at the limit, with the optional header line: read and judged row by row.
        api().contentType("text/csv").body("dataelement,period,orgunit\n" + line.repeat(limit)).post(SETS)
                .then().statusCode(409).body("conflicts", hasSize(1)).body("conflicts[0].errorCode", equalTo("E7610"))
                .body("importCount.ignored", equalTo(limit));
    }

    @Test
    void shouldRefuseFormulaCellsRatherThanTrustTheirCachedResult() {
        // D3: a formula whose cached result was forged; E3: a formula never calculated (no cached result);
        // F3: a plain value beside them; row 4: a formula in the unit cell refuses the line's values.
        Xlsx xlsx = new Xlsx().sheet("", sink -> sink.write("<row r=\"3\">" + inline("A3", "P07") + inline("C3", "2018")
                + "<c r=\"D3\"><f>1+2</f><v>99</v></c><c r=\"E3\"><f>2*3</f></c>" + number("F3", "5") + "</row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>\"P0\"&amp;\"8\"</f><v>P08</v></c>" + inline("C4", "2018")
                + number("F4", "6") + "</row>"),
                "STI_APPLICATION_MODELS", "CREATIVE_MOVEMENT", "IMPROVEMENT_INITIATIVES");
        Response response = RestAssured.given().header("Authorization", "Bearer " + adminToken)
                .contentType(Xlsx.MEDIA_TYPE).queryParam("atomic", "false").body(xlsx.build()).post(SETS);
        response.then().statusCode(200).body("status", equalTo("WARNING")).body("importCount.imported", equalTo(1))
                .body("importCount.ignored", equalTo(3)).body("conflicts", hasSize(3))
                .body("conflicts.errorCode", equalTo(List.of("E7627", "E7627", "E7627")))
                .body("conflicts.object", equalTo(List.of("D3", "E3", "A4")))
                .body("conflicts.indexes", equalTo(List.of(List.of(3), List.of(3), List.of(4))))
                .body("conflicts[0].value", containsString("D3"));
        Map<String, Object> p07 = values("P07");
        assertEquals(Map.of("IMPROVEMENT_INITIATIVES", 5), p07, "only the plain value is stored: not 99, not 0/false");
        assertNull(values("P08"), "nothing for the unit a formula named");
    }

    /** A report's figures by indicator code, or null without a report. */
    private static Map<String, Object> values(String unit) {
        List<Map<String, Object>> items = api().queryParam("plan", PLAN).queryParam("orgUnit", unit)
                .queryParam("period", "2018").get("/api/v1/submissions").then().statusCode(200).extract().path("items");
        if (items.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) items.get(0).get("values");
        java.util.Map<String, Object> byCode = new java.util.HashMap<>();
        values.forEach(v -> byCode.put((String) v.get("indicatorCode"),
                v.get("number") instanceof Number n ? (Object) n.intValue() : v.get("answer")));
        return byCode;
    }

    @Test
    void shouldRefuseADoctypeWithOneWarningAndNoStackTrace() {
        String laughs = "<!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        for (Xlsx xlsx : List.of(new Xlsx().workbook(laughs).sheet("", sink -> { }, "STI_DATABASE"),
                new Xlsx().sheet("<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:9/evil.dtd\">", sink -> { },
                        "STI_DATABASE"))) {
            byte[] file = xlsx.build();
            try (LogCapture log = new LogCapture()) {
                Measured m = upload(file);
                problem(m.response().then(), 400, "malformed-xlsx");
                assertEquals(1, log.records().size(), "one line in the log: " + log.lines());
                assertEquals("WARN", log.records().get(0).getLevel().getName(), log.lines().toString());
                assertNull(log.records().get(0).getThrown(), "no stack trace: " + log.lines());
            }
        }
        // Not a zip at all, and a zip without a workbook: the same answer.
        for (byte[] file : List.of("not a workbook".getBytes(), new byte[]{'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0})) {
            try (LogCapture log = new LogCapture()) {
                problem(upload(file).response().then(), 400, "malformed-xlsx");
                assertEquals(1, log.records().size(), log.lines().toString());
                assertNull(log.records().get(0).getThrown(), log.lines().toString());
            }
        }
    }
}
