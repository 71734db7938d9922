package vn.planmonitor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the backend's heap from /q/metrics on its management port (Micrometer's
 * jvm_memory_used_bytes{area="heap"}, summed over the pools) five times a second for the whole run, and
 * keeps the largest sum seen.
 */
public final class MemorySampler implements AutoCloseable {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+-]+)",
            Pattern.MULTILINE);
    private static final Pattern HEAP_MAX = Pattern.compile("^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.eE+-]+)",
            Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI uri;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile long maxConfigured;
    private volatile int samples;
    private volatile int failures;

    /** {@code managementBase}: the backend's management interface, e.g. http://127.0.0.1:9000. */
    public MemorySampler(String managementBase) {
        this.uri = URI.create(managementBase + "/q/metrics");
        this.thread = new Thread(this::loop, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void sample() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                failures++;
                return;
            }
            long used = sum(HEAP, r.body());
            long max = sum(HEAP_MAX, r.body());
            synchronized (this) {
                maxUsed = Math.max(maxUsed, used);
                maxConfigured = Math.max(maxConfigured, max);
                samples++;
            }
        } catch (Exception e) {
            failures++;
        }
    }

    private static long sum(Pattern p, String body) {
        long total = 0;
        Matcher m = p.matcher(body);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v > 0) {
                total += (long) v;
            }
        }
        return total;
    }

    public long maxUsed() {
        return maxUsed;
    }

    public long maxConfigured() {
        return maxConfigured;
    }

    public int samples() {
        return samples;
    }

    public int failures() {
        return failures;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
        sample();
    }
}
