package vn.planmonitor.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual report, read back as its reader sees it: the DOCX with POI, the PDF's text with PDFBox. Its
 * figures are checked against what the progress API answers in the same test, formatted independently
 * (Java's own vi-VN number format), so a figure computed differently or written differently fails.
 */
@QuarkusTest
class AnnualReportTest extends ApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF = "application/pdf";
    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    private long planId;

    /** Reports approved once for the class (the HTTP port is not known yet in @BeforeAll). */
    @BeforeEach
    void reports() {
        if (planId != 0) {
            return;
        }
        planId = idOf("plans", PLAN);
        for (String unit : List.of("P01", "P02", "P03")) {
            approve(unit, "2019", completeWardValues());
        }
        approve("P01", "2018", completeWardValues());
    }

    private static void approve(String unit, String period, List<Map<String, Object>> values) {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period,
                "values", values)).when().post("/api/v1/submissions").then().statusCode(201).extract().path("id"))
                .longValue();
        api().header("If-Match", "\"0\"").when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        as(reviewerToken).header("If-Match", "\"1\"").when().post("/api/v1/submissions/" + id + "/approve")
                .then().statusCode(200);
    }

    private String url(String year, String extension) {
        return "/api/v1/plans/" + planId + "/annual-report/" + year + "." + extension;
    }

    private Response download(String token, String year, String extension, String type) {
        return as(token).accept(type).when().get(url(year, extension));
    }

    /** Target code → its figure of the year as the report should write it, from the progress API. */
    private Map<String, String> apiFigures(int year) {
        List<Map<String, Object>> targets = api().queryParam("from", year).queryParam("to", year)
                .when().get("/api/v1/plans/" + planId + "/progress").then().statusCode(200).extract().path("targets");
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map<String, Object> t : targets) {
            @SuppressWarnings("unchecked")
            Map<String, Object> period = ((List<Map<String, Object>>) t.get("periods")).get(0);
            Object figure = period.get("figure");
            figures.put((String) t.get("targetCode"), figure == null ? null
                    : viFigure(Boolean.TRUE.equals(t.get("percentage")), new BigDecimal(figure.toString())));
        }
        return figures;
    }

    private static String viFigure(boolean percentage, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        int digits = percentage || !whole ? 1 : 0;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value) + (percentage ? " %" : "");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void docxHasTheLayoutEveryTargetAndTheApiFigures() throws IOException {
        Response response = download(viewerToken, "2019", "docx", DOCX);
        response.then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-nam-2019-" + PLAN + ".docx\""));
        Map<String, String> figures = apiFigures(2019);
        assertTrue(figures.values().stream().anyMatch(java.util.Objects::nonNull), "the test data gives figures");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = plain(extractor.getText());
            assertTrue(text.contains(MOTTO), text);
            assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(text.contains("ỦY BAN NHÂN DÂN QUẬN 11"));
            assertTrue(text.contains("Số: ……/BC-UBND"));
            assertTrue(text.contains("Quận 11, ngày 30 tháng 06 năm 2020"), "the place and the test's day");
            assertTrue(text.contains("BÁO CÁO"));
            assertTrue(text.contains("năm 2019"));
            assertTrue(text.contains("Nơi nhận:"));
            assertTrue(text.contains("PHỤ LỤC"));
            assertTrue(text.contains("Phường 2"), "the appendix and the units compared name the units");
            assertEquals(figures.size(), doc.getAllPictures().size(), "a chart for every target");
            XWPFTable summary = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Mã")).findFirst().orElseThrow();
            assertEquals(figures.size() + 1, summary.getNumberOfRows(), "one row per target");
            for (Map.Entry<String, String> target : figures.entrySet()) {
                XWPFTableRow row = summary.getRows().stream()
                        .filter(r -> r.getCell(0).getText().equals(target.getKey())).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + target.getKey()));
                String cell = plain(row.getCell(2).getText());
                if (target.getValue() == null) {
                    assertTrue(cell.contains("không có số liệu / no data"), cell);
                } else {
                    assertTrue(cell.startsWith(target.getValue()), target.getKey() + ": " + cell
                            + " should start with " + target.getValue());
                }
                assertTrue(!plain(row.getCell(4).getText()).isBlank(), "a status");
                assertTrue(!plain(row.getCell(5).getText()).isBlank(), "a reason");
            }
        }
    }

    @Test
    void pdfHasTheSameWithItsVietnameseLetters() throws IOException {
        Response response = download(reporterP01Token, "2019", "pdf", PDF);
        response.then().statusCode(200).contentType(PDF)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-nam-2019-" + PLAN + ".pdf\""));
        byte[] bytes = response.asByteArray();
        // Kept for a look (pdftoppm): target/ is the build's own scratch space.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "annual-report-2019.pdf"), bytes);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 3, "report, charts and appendix");
            text = plain(new PDFTextStripper().getText(pdf));
        }
        assertTrue(text.contains(MOTTO), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(text.contains("ỦY BAN NHÂN DÂN QUẬN 11"));
        assertTrue(text.contains("Kết quả thực hiện kế hoạch hoạt động khoa học, công nghệ và đổi mới sáng tạo"));
        assertTrue(text.contains("năm 2019"));
        assertTrue(text.contains("Nơi nhận:"));
        for (Map.Entry<String, String> target : apiFigures(2019).entrySet()) {
            assertTrue(text.contains(target.getKey() + ". "), "the section of " + target.getKey());
            String figure = target.getValue() == null ? "Chưa có số liệu (không có số liệu / no data)" : target.getValue();
            assertTrue(text.contains("Số liệu năm 2019: " + figure), target.getKey() + " " + figure + " in " + text);
        }
    }

    @Test
    void aYearWithoutDataStillHasItsReport() throws IOException {
        Response pdf = download(viewerToken, "2016", "pdf", PDF);
        pdf.then().statusCode(200);
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            String text = plain(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("không có số liệu / no data"), text);
            assertTrue(text.contains("Năm 2016 không có báo cáo nào đã được duyệt"), text);
        }
        Response docx = download(viewerToken, "2016", "docx", DOCX);
        docx.then().statusCode(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertTrue(plain(extractor.getText()).contains("không có số liệu / no data"));
        }
    }

    @Test
    void refusesUnknownPlansYearsOutsideItAndStrangers() {
        problem(as(viewerToken).accept(PROBLEM_JSON).when().get("/api/v1/plans/999999/annual-report/2019.pdf")
                .then(), 404, "not-found");
        problem(as(viewerToken).accept(DOCX).when().get("/api/v1/plans/999999/annual-report/2019.docx")
                .then(), 404, "not-found");
        problem(download(viewerToken, "2030", "pdf", PROBLEM_JSON).then(), 400, "validation")
                .body("errors", fieldError("year", "outside-plan"));
        problem(download(viewerToken, "2015", "docx", DOCX).then(), 400, "validation")
                .body("errors", fieldError("year", "outside-plan"));
        problem(download(viewerToken, "abcd", "pdf", PDF).then(), 400, "validation")
                .body("errors", fieldError("year", "not-an-integer"));
        problem(download(null, "2019", "pdf", PDF).then(), 401, "unauthorized");
        problem(download(null, "2019", "docx", PROBLEM_JSON).then(), 401, "unauthorized");
    }
}
