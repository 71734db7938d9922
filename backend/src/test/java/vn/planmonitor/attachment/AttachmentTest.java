package vn.planmonitor.attachment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.Attachments;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planmonitor.support.Attachments.path;
import static vn.planmonitor.support.Attachments.upload;

/**
 * Evidence files on a report: stored in the database byte for byte, typed by their content, refused with a
 * field error when empty, too large or disguised, locked with an approved report, and in the report's history.
 * The test profile caps files at 256 KiB ({@code %test.planmonitor.attachments.max-size}).
 */
@QuarkusTest
class AttachmentTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final int LIMIT = 256 * 1024;

    @Inject
    AgroalDataSource dataSource;

    private static long draft(String unit, String period, List<Map<String, Object>> values) {
        return ((Number) as(reporterP01Token).body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period,
                "values", values)).when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private long storedChunks() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM attachment_chunk")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldGiveBackTheStoredFileByteForByte() {
        long id = draft("P01", "2016", List.of());
        // Over one storage chunk (1 MiB) would pass the test limit; two files show the pieces add up the same.
        byte[] bytes = Attachments.pdf(LIMIT);
        String name = "Quyết định 123: số <mới>.pdf";
        long fileId = ((Number) upload(reporterP01Token, id, name, bytes, "STI_DATABASE").statusCode(201)
                .header("Location", startsWith("http"))
                .body("contentType", equalTo("application/pdf")).body("size", equalTo(LIMIT))
                .body("sha256", equalTo(Attachments.sha256(bytes))).body("indicatorCode", equalTo("STI_DATABASE"))
                .body("fileName", equalTo("Quyết định 123_ số _mới_.pdf")).body("uploadedBy", equalTo("phuong1"))
                .extract().path("id")).longValue();

        as(reviewerToken).when().get(path(id)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo((int) fileId));
        Response download = Attachments.form(reviewerToken).when().get(path(id) + "/" + fileId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("attachment; filename=\"Quy_t __nh 123_ s_ _m_i_.pdf\"; "
                        + "filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20123_%20s%E1%BB%91%20_m%E1%BB%9Bi_.pdf"));
        byte[] back = download.asByteArray();
        assertArrayEquals(bytes, back);
        assertEquals(Attachments.sha256(bytes), Attachments.sha256(back));
    }

    @Test
    void shouldTypeFilesByTheirContentAndRefuseDisguisedOnes() throws Exception {
        long id = draft("P01", "2017", List.of());
        long before = storedChunks();
        problem(upload(reporterP01Token, id, "hoa-don.pdf", Attachments.exe(), null), 415,
                "attachment-type-not-allowed").body("errors", fieldError("file", "attachment-type-not-allowed"));
        byte[] plainZip = Attachments.zip(Map.of("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)));
        problem(upload(reporterP01Token, id, "bao-cao.docx", plainZip, null), 415, "attachment-type-not-allowed");
        byte[] notOdt = Attachments.zip(Map.of("mimetype", "application/zip".getBytes(StandardCharsets.US_ASCII)));
        problem(upload(reporterP01Token, id, "bao-cao.odt", notOdt, null), 415, "attachment-type-not-allowed");
        problem(upload(reporterP01Token, id, "anh-chup.pdf", Attachments.png(), null), 415, "attachment-type-mismatch")
                .body("errors", fieldError("file", "attachment-type-mismatch"));
        assertEquals(before, storedChunks());

        upload(reporterP01Token, id, "danh-sach.docx", Attachments.docx(), null).statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        byte[] xlsx = Attachments.zip(Map.of("[Content_Types].xml", new byte[]{'<'}, "xl/workbook.xml", new byte[]{'<'}));
        upload(reporterP01Token, id, "so-lieu.xlsx", xlsx, null).statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        byte[] odt = Attachments.zip(Map.of("mimetype",
                "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII)));
        upload(reporterP01Token, id, "bien-ban.odt", odt, null).statusCode(201)
                .body("contentType", equalTo("application/vnd.oasis.opendocument.text"));
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        // No extension: the detected type's is added. JPEG's two extensions are both its own.
        upload(reporterP01Token, id, "anh", webp, null).statusCode(201)
                .body("contentType", equalTo("image/webp")).body("fileName", equalTo("anh.webp"));
        upload(reporterP01Token, id, "hien-truong.JPEG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, null)
                .statusCode(201).body("contentType", equalTo("image/jpeg"));
        // The part's own Content-Type is the client's word, and is not taken.
        Attachments.form(reporterP01Token).multiPart("file", "giay.pdf", Attachments.exe(), "application/pdf")
                .when().post(path(id)).then().statusCode(415);
    }

    @Test
    void shouldRefuseAnEmptyAnOversizedFileAndAnUnknownValueWithAFieldError() throws Exception {
        long id = draft("P01", "2018", List.of());
        long before = storedChunks();
        problem(upload(reporterP01Token, id, "rong.pdf", new byte[0], null), 400, "validation")
                .body("errors", fieldError("file", "attachment-empty"));
        problem(upload(reporterP01Token, id, "lon.pdf", Attachments.pdf(LIMIT + 1), null), 413, "attachment-too-large")
                .body("errors", fieldError("file", "attachment-too-large"));
        problem(upload(reporterP01Token, id, "qd.pdf", Attachments.pdf(100), "NO_SUCH_INDICATOR"), 400, "validation")
                .body("errors", fieldError("indicatorCode", "unknown-code"));
        problem(as(reporterP01Token).body(Map.of("file", "JVBERi0=")).when().post(path(id)).then(), 415,
                "unsupported-media-type");
        problem(Attachments.form(reporterP01Token).multiPart("indicatorCode", "STI_DATABASE").when().post(path(id))
                .then(), 400, "validation").body("errors", fieldError("file", "required"));
        as(reporterP01Token).when().get(path(id)).then().statusCode(200).body("items", hasSize(0));
        assertEquals(before, storedChunks());
    }

    @Test
    void shouldLockTheFilesOfASubmittedOrApprovedReportAndKeepEveryStepInTheHistory() {
        long id = draft("P01", "2019", completeWardValues());
        long kept = ((Number) upload(reporterP01Token, id, "quyet-dinh.pdf", Attachments.pdf(2000), null)
                .statusCode(201).extract().path("id")).longValue();
        long removed = ((Number) upload(reporterP01Token, id, "nham.png", Attachments.png(), "STI_DATABASE")
                .statusCode(201).extract().path("id")).longValue();
        // Reviewers read evidence; only the unit's officers change it.
        problem(upload(reviewerToken, id, "x.pdf", Attachments.pdf(10), null), 403, "forbidden");
        problem(as(reviewerToken).when().delete(path(id) + "/" + kept).then(), 403, "forbidden");
        as(reporterP01Token).when().delete(path(id) + "/" + removed).then().statusCode(204);
        problem(as(reporterP01Token).when().delete(path(id) + "/" + removed).then(), 404, "not-found");

        as(reporterP01Token).header("If-Match", "\"0\"").when().post(SUBMISSIONS + "/" + id + "/submit")
                .then().statusCode(200);
        problem(upload(reporterP01Token, id, "them.pdf", Attachments.pdf(10), null), 409, "submission-under-review");
        as(reviewerToken).header("If-Match", "\"1\"").when().post(SUBMISSIONS + "/" + id + "/approve")
                .then().statusCode(200);
        problem(upload(reporterP01Token, id, "them.pdf", Attachments.pdf(10), null), 409, "submission-approved");
        problem(as(reporterP01Token).when().delete(path(id) + "/" + kept).then(), 409, "submission-approved");
        Attachments.form(reporterP01Token).when().get(path(id) + "/" + kept).then().statusCode(200);

        as(reporterP01Token).when().get(SUBMISSIONS + "/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.action != 'CREATE' }.action",
                        contains("ATTACH", "ATTACH", "DETACH", "SUBMIT", "APPROVE"))
                .body("items.find { it.action == 'ATTACH' }.newValue", equalTo("quyet-dinh.pdf"))
                .body("items.find { it.action == 'ATTACH' }.field", nullValue())
                .body("items.findAll { it.action == 'ATTACH' }[1].field", equalTo("STI_DATABASE"))
                .body("items.find { it.action == 'DETACH' }.oldValue", equalTo("nham.png"))
                .body("items.find { it.action == 'DETACH' }.actor", equalTo("phuong1"));
        as(reporterP01Token).when().get(path(id)).then().statusCode(200).body("items.fileName",
                contains("quyet-dinh.pdf"));

        // The approved report counts on the public portal; its evidence is never there.
        String plan = "/api/v1/plans/" + idOf("plans", PLAN);
        api().header("If-Match", etagOf(plan)).when().post(plan + "/publish").then().statusCode(200);
        for (String page : List.of("/api/v1/public/plans/" + PLAN, "/api/v1/public/plans/" + PLAN + "/targets/T2")) {
            String body = as(null).when().get(page).then().statusCode(200).extract().asString();
            assertEquals(-1, body.indexOf("quyet-dinh"), page);
            assertEquals(-1, body.toLowerCase().indexOf("attach"), page);
        }
    }

    @Test
    void shouldTakeAReportsFilesAwayWithItsDeletedDraft() throws Exception {
        long id = draft("P01", "2020", List.of());
        long fileId = ((Number) upload(reporterP01Token, id, "bi-mat-noi-bo.pdf", Attachments.pdf(5000), null)
                .statusCode(201).extract().path("id")).longValue();
        long before = storedChunks();
        as(reporterP01Token).header("If-Match", "\"0\"").when().delete(SUBMISSIONS + "/" + id).then().statusCode(204);
        assertEquals(before - 1, storedChunks());
        problem(as(adminToken).when().get(path(id) + "/" + fileId).then(), 404, "not-found");
    }
}
