package vn.planmonitor.attachment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.Attachments;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planmonitor.support.Attachments.path;
import static vn.planmonitor.support.Attachments.upload;

/**
 * The picture of an attached file: a PDF's first page and a large image scaled down, as PNGs of a known size
 * that show what the file shows; the download's scope; refusals for files without a picture or that cannot
 * be drawn, never a 500. Files are built here: PDFs with PDFBox, images with ImageIO.
 */
@QuarkusTest
class AttachmentPreviewTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private static long draft(String period) {
        return ((Number) as(reporterP01Token).body(Map.of("planCode", PLAN, "orgUnitCode", "P01", "period", period,
                "values", List.of())).when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static long attach(long submissionId, String name, byte[] bytes) {
        return ((Number) upload(reporterP01Token, submissionId, name, bytes, null).statusCode(201)
                .extract().path("id")).longValue();
    }

    private static String preview(long submissionId, long fileId) {
        return path(submissionId) + "/" + fileId + "/preview.png";
    }

    /**
     * Two pages of {@code width} × {@code height} points; the first has a black square of 100 points whose
     * lower left corner is at (50, 350) in PDF coordinates (from the bottom), the second is all black — a
     * preview of the wrong page would be black everywhere.
     */
    static byte[] pdf(float width, float height) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(new PDRectangle(width, height));
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                content.setNonStrokingColor(Color.BLACK);
                content.addRect(50, 350, 100, 100);
                content.fill();
            }
            PDPage second = new PDPage(new PDRectangle(width, height));
            document.addPage(second);
            try (PDPageContentStream content = new PDPageContentStream(document, second)) {
                content.setNonStrokingColor(Color.BLACK);
                content.addRect(0, 0, width, height);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A white image with its left half black. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(Response response) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertTrue(image != null, "the body is a PNG");
        return image;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void shouldDrawAPdfsFirstPage800PixelsWide() throws IOException {
        long id = draft("2016");
        byte[] bytes = pdf(400, 500);
        long fileId = attach(id, "quyet-dinh.pdf", bytes);

        Response response = Attachments.form(reviewerToken).when().get(preview(id, fileId));
        response.then().statusCode(200).contentType("image/png")
                .header("ETag", equalTo("\"" + Attachments.sha256(bytes) + "-w800\""))
                .header("Cache-Control", equalTo("private, no-cache"));
        BufferedImage image = picture(response);
        // 400 × 500 points at 800 / 400 = 2 pixels a point.
        assertEquals(800, image.getWidth());
        assertEquals(1000, image.getHeight());
        // The square spans x 50–150 and y 350–450 points from the bottom: pixels 100–300 across, and
        // (500 − 450) × 2 = 100 to (500 − 350) × 2 = 300 down.
        assertEquals(BLACK, rgb(image, 200, 200));
        assertEquals(BLACK, rgb(image, 105, 105));
        assertEquals(WHITE, rgb(image, 95, 200));
        assertEquals(WHITE, rgb(image, 200, 305));
        assertEquals(WHITE, rgb(image, 700, 900));
    }

    @Test
    void shouldFitAVeryTallPageAndScaleDownALargeImageButNeverUpALargeOne() throws IOException {
        long id = draft("2017");
        // 100 × 10 000 points: 800 wide would be 80 000 high; fitted into 3396 high, it is 33.96 wide.
        long tall = attach(id, "bang-dai.pdf", pdf(100, 10_000));
        BufferedImage page = picture(Attachments.form(reporterP01Token).when().get(preview(id, tall)));
        assertEquals(3396, page.getHeight());
        assertEquals(33, page.getWidth());

        long large = attach(id, "anh-lon.png", png(3000, 1500));
        BufferedImage scaled = picture(Attachments.form(reporterP01Token).when().get(preview(id, large)));
        assertEquals(800, scaled.getWidth());
        assertEquals(400, scaled.getHeight());
        assertEquals(BLACK, rgb(scaled, 100, 200));
        assertEquals(WHITE, rgb(scaled, 700, 200));

        long small = attach(id, "anh-nho.png", png(200, 100));
        BufferedImage same = picture(Attachments.form(reporterP01Token).when().get(preview(id, small)));
        assertEquals(200, same.getWidth());
        assertEquals(100, same.getHeight());
    }

    @Test
    void shouldKeepTheDownloadsScopeEvenForACachedPicture() {
        long id = draft("2018");
        byte[] bytes = pdf(400, 500);
        long fileId = attach(id, "quyet-dinh.pdf", bytes);
        String etag = "\"" + Attachments.sha256(bytes) + "-w800\"";

        // Another ward's officer gets what the download gives them: 404, nothing said about the file.
        problem(Attachments.form(reporterP02Token).when().get(path(id) + "/" + fileId).then(), 404, "not-found");
        problem(Attachments.form(reporterP02Token).when().get(preview(id, fileId)).then(), 404, "not-found");
        problem(Attachments.form(reporterP02Token).header("If-None-Match", etag).when().get(preview(id, fileId))
                .then(), 404, "not-found");
        problem(Attachments.form(null).when().get(preview(id, fileId)).then(), 401, "unauthorized");
        // A file of another report is not found through this one.
        long other = draft("2019");
        problem(Attachments.form(reporterP01Token).when().get(preview(other, fileId)).then(), 404, "not-found");

        // Someone who may read it and holds the picture is told it is still the one, without a body.
        Response unchanged = Attachments.form(reviewerToken).header("If-None-Match", "W/\"x\", " + etag)
                .when().get(preview(id, fileId));
        unchanged.then().statusCode(304).header("ETag", equalTo(etag));
        assertEquals(0, unchanged.asByteArray().length);
        Attachments.form(reviewerToken).header("If-None-Match", "\"0\"").when().get(preview(id, fileId))
                .then().statusCode(200).body(org.hamcrest.Matchers.not(emptyOrNullString()));
    }

    @Test
    void shouldRefuseFilesWithoutAPictureOrThatCannotBeDrawnWithAProblem() {
        long id = draft("2020");
        long docx = attach(id, "danh-sach.docx", Attachments.docx());
        problem(Attachments.form(reporterP01Token).when().get(preview(id, docx)).then(), 404, "preview-not-available")
                .body("detail", org.hamcrest.Matchers.containsString("danh-sach.docx"));
        long webp = attach(id, "anh.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        problem(Attachments.form(reporterP01Token).when().get(preview(id, webp)).then(), 404, "preview-not-available");

        // "%PDF-1.4" and then noise: stored as a PDF (the type is its first bytes), but nothing PDFBox can draw.
        long noise = attach(id, "hong.pdf", Attachments.pdf(2000));
        problem(Attachments.form(reporterP01Token).when().get(preview(id, noise)).then(), 422, "preview-unreadable");
        // A real PDF cut in half loses its pages and cross-reference table.
        byte[] whole = pdf(400, 500);
        long cut = attach(id, "cat-doi.pdf", java.util.Arrays.copyOf(whole, whole.length / 3));
        problem(Attachments.form(reporterP01Token).when().get(preview(id, cut)).then(), 422, "preview-unreadable");
        // A PNG signature on 200 bytes of nothing.
        long png = attach(id, "hong.png", Attachments.png());
        problem(Attachments.form(reporterP01Token).when().get(preview(id, png)).then(), 422, "preview-unreadable");
        // In Vietnamese for whoever asks in it.
        problem(Attachments.form(reporterP01Token).header("Accept-Language", "vi").when().get(preview(id, noise))
                .then(), 422, "preview-unreadable").body("title", equalTo("Không tạo được bản xem trước"));
        // The files themselves are still there as they were sent.
        Attachments.form(reporterP01Token).when().get(path(id) + "/" + noise).then().statusCode(200);
    }
}
