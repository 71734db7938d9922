package vn.planmonitor.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;
import vn.planmonitor.support.Attachments;
import vn.planmonitor.support.ContractFilter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated hostile input, driven by openapi.yaml: every operation gets requests with mutated path
 * ids, query parameters and bodies (wrong types, huge and negative numbers, unicode, control
 * characters, deep nesting, empty and oversized bodies, bad periods, unknown codes). Deterministic
 * (fixed seed), so a failure replays. For every request: no 5xx; every error is problem+json with
 * no stack trace or SQL; and a rejected request leaves the database exactly as it was. Responses
 * also pass through the contract check like every other test's.
 */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final int REQUESTS_PER_OPERATION = 50;
    private static final long SEED = 20161231L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] IDS = {"1", "2", "0", "-1", "999999999", "99999999999999999999", "abc", "1.5",
            "%F0%9F%92%A5", "1%20OR%201=1"};
    private static final String[] CODES = {"D11-STI-2016-2020", "T1A", "T4", "NO_SUCH_CODE", "0", "%20", "..",
            "%F0%9F%92%A5", "x".repeat(300), "'%20OR%201=1", "%2F", "a.csv"};
    private static final String[] YEARS = {"2019", "2015", "2030", "0", "-1", "abc", "2019.5", "%F0%9F%92%A5",
            "99999999999999999999", "%20"};
    private static final String[] TEXT_PARAMS = {"", " ", "-1", "0", "501", "2147483648", "-2147483649", "1e9",
            "abc", "2017Q9", "201713", "2017", "NO_SUCH_CODE", "D11-STI-2016-2020", "P01", "'; DROP TABLE plan; --",
            "Phường 1 ✓ 💥", "\u0000", "%", "_", "true", "null", "WARD", "APPROVED", "-code", "x".repeat(1000)};
    /** Words that must never reach a client: internals of the server. */
    private static final String[] LEAKS = {"Exception", "at vn.", "at io.", "SQL", "select ", "insert ", "jdbc",
            "hibernate", "jackson"};

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(SEED);

    /** The request being sent is one that every operation reading a JSON body must refuse. */
    private boolean mustRefuse;
    private int refusedHostileWrites;

    @Test
    void shouldAnswerEveryHostileRequestWithA4xxProblemAndNoChange() throws Exception {
        JsonNode contract = ContractFilter.INSTANCE.contract();
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || path.getKey().equals("/api/v1/session") && method.equals("delete")) {
                    continue; // signing the admin out would end the run early
                }
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    // A read cannot change anything; fingerprinting only around writes keeps the run short.
                    String before = method.equals("get") ? null : fingerprint();
                    Response response = send(contract, method, path.getKey(), operation);
                    sent++;
                    String problem = check(method + " " + path.getKey(), response, before);
                    if (problem != null) {
                        failures.add(problem);
                    }
                }
            }
        }
        assertTrue(sent >= 2000, "sent only " + sent);
        assertTrue(refusedHostileWrites >= 100, "only " + refusedHostileWrites + " writes known to be hostile");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    /**
     * File names are the sender's to choose: a path climbs nowhere (only its last segment is kept), a line
     * break cannot smuggle a header into the download, and quotes or semicolons stay inside the name.
     */
    @Test
    void shouldKeepHostileFileNamesHarmless() {
        long id = draft("P16", "2020");
        Map<String, String> kept = Map.of("../../../../etc/passwd.pdf", "passwd.pdf",
                "..\\..\\Windows\\System32\\win.ini.pdf", "win.ini.pdf",
                "/var/lib/mysql/x.pdf", "x.pdf");
        kept.forEach((sent, stored) -> Attachments.upload(reporterOfAny(), id, sent, Attachments.pdf(50), null)
                .statusCode(201).body("fileName", org.hamcrest.Matchers.equalTo(stored)));
        for (String name : List.of("bao-cao.pdf\r\nX-Injected: yes", "a\"; filename=evil.exe; x=\".pdf",
                "b.pdf\u0000.exe", "c\u2028.pdf", "d.pdf%0d%0aX-Injected:%20yes")) {
            Response upload = Attachments.form(reporterOfAny())
                    .multiPart("file", name, Attachments.pdf(60), "application/pdf").when().post(Attachments.path(id));
            int status = upload.statusCode();
            assertTrue(status == 201 || status == 400 || status == 415, name + " → " + status + ": " + upload.asString());
            if (status != 201) {
                assertTrue(upload.contentType().startsWith("application/problem+json"), name);
                continue;
            }
            long file = ((Number) upload.path("id")).longValue();
            Response download = Attachments.form(reporterOfAny()).when().get(Attachments.path(id) + "/" + file);
            assertEquals(200, download.statusCode(), name);
            assertEquals(null, download.header("X-Injected"), name);
            String disposition = download.header("Content-Disposition");
            assertTrue(disposition.matches("attachment; filename=\"[ -~&&[^\"\\\\]]*\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+"),
                    name + " → " + disposition);
        }
    }

    /**
     * An office file is a ZIP: telling it from any ZIP reads the archive's directory, never inflates an entry.
     * 100 MB of zeros packed into ~100 KB is stored as the 100 KB it is; an ODT whose {@code mimetype} entry is
     * the bomb is read for its first bytes only, and refused.
     */
    @Test
    void shouldNotExpandAZipBombOfficeFile() throws Exception {
        long id = draft("P15", "2020");
        byte[] docxBomb = bomb("word/bomb.xml", "[Content_Types].xml", "word/document.xml");
        long started = System.nanoTime();
        Attachments.upload(reporterOfAny(), id, "bom.docx", docxBomb, null).statusCode(201)
                .body("size", org.hamcrest.Matchers.equalTo(docxBomb.length));
        byte[] odtBomb = bomb("mimetype");
        Attachments.upload(reporterOfAny(), id, "bom.odt", odtBomb, null).statusCode(415);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    /** A ZIP whose {@code bombName} entry inflates to 100 MB of zeros, beside small {@code others}. */
    private static byte[] bomb(String bombName, String... others) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (String other : others) {
                zip.putNextEntry(new java.util.zip.ZipEntry(other));
                zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(bombName));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 256 * 1024, "the bomb fits the test's file limit: " + out.size());
        return out.toByteArray();
    }

    private static String reporterOfAny() {
        return adminToken;
    }

    private static long draft(String unit, String period) {
        return ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "values",
                List.of())).when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")).longValue();
    }

    private String check(String what, Response response, String before) throws Exception {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) {
            return what + " → " + status + ": " + body;
        }
        if (status < 400 && mustRefuse) {
            // Broken JSON or a server-owned field sent to an operation that reads a JSON body: accepting it is the
            // very failure this test is for. (Other damaged requests may happen to be valid — a code "2017Q9", a
            // DELETE with If-Match "0" — so only these are known to be refusals.)
            return what + " → " + status + ": a hostile write was accepted: "
                    + body.substring(0, Math.min(300, body.length()));
        }
        if (mustRefuse) {
            refusedHostileWrites++;
        }
        if (status >= 400) {
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                return what + " → " + status + " is not problem+json: " + response.contentType();
            }
            for (String leak : LEAKS) {
                if (body.contains(leak)) {
                    return what + " → " + status + " leaks '" + leak + "': " + body;
                }
            }
            String after = before == null ? null : fingerprint();
            if (before != null && !before.equals(after)) {
                return what + " → " + status + " changed the database: " + before + " → " + after;
            }
        }
        return null;
    }

    private Response send(JsonNode contract, String method, String template, JsonNode operation) {
        RequestSpecification request = api().urlEncodingEnabled(false);
        mustRefuse = false;
        String path = template.replace("{id}", pick(IDS)).replace("{code}", pick(CODES))
                .replace("{targetCode}", pick(CODES)).replace("{attachmentId}", pick(IDS));
        if (path.contains("{year}")) {
            path = path.replace("{year}", pick(YEARS));
        }
        for (JsonNode parameter : parameters(contract, operation)) {
            if ("query".equals(parameter.path("in").asText()) && random.nextInt(3) > 0) {
                request.queryParam(parameter.get("name").asText(), encode(pick(TEXT_PARAMS)));
            }
        }
        if (method.equals("put") || method.equals("delete") || random.nextInt(4) == 0) {
            request.header("If-Match", pick(new String[]{"\"0\"", "\"1\"", "*", "W/\"0\"", "garbage", "\"-1\""}));
        }
        if (method.equals("post") || method.equals("put")) {
            String body = body(contract, operation);
            if (body != null) {
                request.body(body);
            }
            if (random.nextInt(15) == 0) {
                request.contentType(pick(new String[]{"text/plain", "application/xml", "application/json; charset=latin1"}));
            }
        }
        return request.request(method.toUpperCase(), path);
    }

    private List<JsonNode> parameters(JsonNode contract, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            all.add(parameter.has("$ref") ? contract.at(parameter.get("$ref").asText().substring(1)) : parameter);
        }
        return all;
    }

    /** A body built from the declared schema (so requests get past the first checks), then damaged. */
    private String body(JsonNode contract, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        boolean readsJson = !schema.isMissingNode();
        switch (random.nextInt(12)) {
            case 0:
                return null;
            case 1:
                return "";
            case 2:
                String text = pick(new String[]{"null", "[]", "{", "{}}", "\"text\"", "42", "{\"a\":}", "\uFEFF{}"});
                mustRefuse = readsJson && (text.equals("{") || text.equals("{\"a\":}"));
                return text;
            case 3:
                mustRefuse = readsJson;
                return "[".repeat(5000) + "]".repeat(5000);
            case 4:
                mustRefuse = readsJson; // a comment far beyond any limit, or a field the operation does not take
                return "{\"comment\":\"" + "ư".repeat(300_000) + "\"}";
            default:
                JsonNode valid = instance(contract, schema, 0);
                return mutate(valid).toString();
        }
    }

    private JsonNode instance(JsonNode contract, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            return instance(contract, contract.at(schema.get("$ref").asText().substring(1)), depth);
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0).deepCopy();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asText() : schema.path("type").asText();
        return switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(),
                            instance(contract, p.getValue(), depth + 1)));
                }
                yield node;
            }
            case "array" -> {
                ArrayNode node = NODES.arrayNode();
                if (depth < 4 && schema.has("items")) {
                    node.add(instance(contract, schema.get("items"), depth + 1));
                }
                yield node;
            }
            case "integer" -> NODES.numberNode(2017);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(schema.has("format") && schema.get("format").asText().equals("date-time")
                    ? "2027-01-01T00:00:00Z" : "P01");
        };
    }

    private JsonNode mutate(JsonNode body) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return hostileValue();
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String name = names.get(random.nextInt(names.size()));
            JsonNode current = object.get(name);
            if (current instanceof ArrayNode array && !array.isEmpty() && random.nextBoolean()) {
                array.set(0, current.get(0) instanceof ObjectNode ? mutate(current.get(0)) : hostileValue());
            } else {
                object.set(name, hostileValue());
            }
        }
        if (random.nextInt(6) == 0) {
            object.put("id", 1).put("status", "APPROVED").put("version", 99);
            mustRefuse = true; // server-owned fields: no input schema takes them
        }
        return object;
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode("x".repeat(10_000));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 5 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999"));
            case 6 -> NODES.numberNode(0.00001);
            case 7 -> NODES.booleanNode(true);
            case 8 -> NODES.arrayNode().add(1).add("a");
            case 9 -> NODES.objectNode().put("nested", "object");
            case 10 -> NODES.textNode("2017Q9");
            case 11 -> NODES.textNode("NO_SUCH_CODE");
            case 12 -> NODES.textNode("Phường ✓ 💥 \u202E\u0000");
            case 13 -> deep(200);
            case 14 -> NODES.numberNode(Long.MIN_VALUE);
            default -> NODES.textNode("'; DROP TABLE submission; --");
        };
    }

    private static JsonNode deep(int levels) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < levels; i++) {
            node = NODES.objectNode().set("a", node);
        }
        return node;
    }

    /** Every stored fact that a rejected request could have changed, in one string. */
    private String fingerprint() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String query : List.of(
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM org_unit",
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM plan",
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM indicator",
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM plan_target",
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM submission",
                    "SELECT COUNT(*), COALESCE(SUM(number_value), 0) + COALESCE(SUM(numerator), 0) FROM submission_value",
                    "SELECT COUNT(*), COALESCE(SUM(LENGTH(name)), 0) FROM value_item",
                    "SELECT COUNT(*), 0 FROM audit_event",
                    "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM app_user",
                    "SELECT COUNT(*), COUNT(revoked_at) FROM access_token WHERE token_kind = 'API'",
                    "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM attachment",
                    "SELECT COUNT(*), 0 FROM attachment_chunk")) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    rows.next();
                    out.append(rows.getString(1)).append('/').append(rows.getString(2)).append(' ');
                }
            }
        }
        return out.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
