package vn.planmonitor.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files to attach to reports, built in memory, and the multipart upload a browser would send. */
public final class Attachments {

    private Attachments() {
    }

    public static String path(long submissionId) {
        return "/api/v1/submissions/" + submissionId + "/attachments";
    }

    /**
     * A request without the JSON content type {@link ApiTest#as} sets: the upload is a multipart form, whose
     * file names are sent in UTF-8 as browsers do (the client's default would turn "ế" into "?").
     */
    public static RequestSpecification form(String token) {
        return RestAssured.given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token);
    }

    public static ValidatableResponse upload(String token, long submissionId, String name, byte[] bytes,
                                             String indicatorCode) {
        RequestSpecification request = form(token).multiPart("file", name, bytes, "application/octet-stream");
        if (indicatorCode != null) {
            request.multiPart("indicatorCode", indicatorCode);
        }
        return request.when().post(path(submissionId)).then();
    }

    /** Starts like a PDF (all the server looks at), then {@code size} bytes in all of seeded noise. */
    public static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static byte[] png() {
        byte[] bytes = new byte[200];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** What a Windows program starts with: "MZ" and the DOS stub. */
    public static byte[] exe() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        return bytes;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
