package vn.planmonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The backend's HTTP API through the JDK client: one connection reused, HTTP/1.1, no compression (as wrk). */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** One answer, with the wall time from sending the request to having read the whole body. */
    public record Reply(int status, String body, HttpHeaders headers, long nanos) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + abbreviate(body), e);
            }
        }

        public Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + abbreviate(body));
        }

        public double millis() {
            return nanos / 1e6;
        }
    }

    private final HttpClient http;
    public final String base;
    private String token;

    public Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String token() {
        return token;
    }

    public void signIn(String username, String password) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("username", username).put("password", password).toString();
        token = send("POST", "/api/v1/session", body).expect(201).json().get("token").asText();
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    public Reply send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json").header("Accept-Language", "en");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        return new Reply(r.statusCode(), r.body(), r.headers(), nanos);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
