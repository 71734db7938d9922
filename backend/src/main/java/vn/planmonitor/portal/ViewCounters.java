package vn.planmonitor.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The portal's view counters, cheap on the hot path: a view only adds to an in-memory
 * {@link LongAdder}; a scheduled job (and shutdown) adds the pending increments to the
 * {@code view_counter} table in one transaction. A read is the stored count (loaded once, then kept
 * in step by the flushes) plus what is pending, so a count shown is never behind the views counted.
 * <p>
 * A reload is not a new view: the same client (an opaque hash of its visitor id or of its address and
 * browser) counting the same counter again within the window is ignored. That memory is bounded: the
 * least recently seen entries are dropped beyond {@link #MAX_REMEMBERED}.
 */
@ApplicationScoped
public class ViewCounters {

    private static final Logger LOG = Logger.getLogger(ViewCounters.class);
    static final int MAX_REMEMBERED = 100_000;

    @Inject
    CounterConfig config;

    private final ConcurrentHashMap<String, LongAdder> pending = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> stored = new ConcurrentHashMap<>();
    /** client hash + counter → when it last counted (epoch ms), in access order, bounded. */
    private final LinkedHashMap<String, Long> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    /** Counts a view of {@code counter} by {@code client} unless it counted one within the window; true if counted. */
    public boolean view(String counter, String client, Instant now) {
        String seen = client + "|" + counter;
        synchronized (recent) {
            Long last = recent.get(seen);
            if (last != null && now.toEpochMilli() - last < config.dedupeWindow().toMillis()) {
                return false;
            }
            recent.put(seen, now.toEpochMilli());
        }
        pending.computeIfAbsent(counter, k -> new LongAdder()).increment();
        return true;
    }

    /** The count as shown: stored plus pending. */
    public long count(String counter) {
        LongAdder adder = pending.get(counter);
        return storedCount(counter) + (adder == null ? 0 : adder.sum());
    }

    private long storedCount(String counter) {
        Long known = stored.get(counter);
        if (known != null) {
            return known;
        }
        long fromDb = readStored(counter);
        Long raced = stored.putIfAbsent(counter, fromDb);
        return raced == null ? fromDb : raced;
    }

    /** The count in the table now, read afresh (no memory). */
    public long readStored(String counter) {
        return QuarkusTransaction.joiningExisting().call(() -> ViewCounter.<ViewCounter>findByIdOptional(counter)
                .map(c -> c.count).orElse(0L));
    }

    /** Writes every pending increment in one transaction; on failure they stay pending for the next run. */
    @Scheduled(every = "${planmonitor.counters.flush-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        Map<String, Long> drained = new HashMap<>();
        pending.forEach((key, adder) -> {
            long n = adder.sumThenReset();
            if (n != 0) {
                drained.put(key, n);
            }
        });
        if (drained.isEmpty()) {
            return;
        }
        try {
            Map<String, Long> totals = QuarkusTransaction.requiringNew().call(() -> write(drained));
            stored.putAll(totals);
        } catch (RuntimeException e) {
            drained.forEach((key, n) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(n));
            LOG.warnf("View counters not saved yet (%d pending counters): %s", drained.size(), e.getMessage());
        }
    }

    private static Map<String, Long> write(Map<String, Long> drained) {
        Instant now = Instant.now();
        Map<String, Long> totals = new HashMap<>();
        for (Map.Entry<String, Long> e : drained.entrySet()) {
            ViewCounter row = ViewCounter.findById(e.getKey());
            if (row == null) {
                row = new ViewCounter();
                row.key = e.getKey();
                row.count = e.getValue();
                row.updatedAt = now;
                row.persist();
            } else {
                row.count += e.getValue();
                row.updatedAt = now;
            }
            totals.put(e.getKey(), row.count);
        }
        return totals;
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** As after a restart: forgets everything in memory (pending increments are lost unless flushed). */
    synchronized void forgetMemory() {
        pending.clear();
        stored.clear();
        synchronized (recent) {
            recent.clear();
        }
    }

    /** An opaque, fixed-length identity of a client; the raw address is never kept. */
    public static String clientHash(String visitorId, String clientAddress, String userAgent) {
        String source;
        if (visitorId != null && visitorId.matches("[A-Za-z0-9_-]{8,64}")) {
            source = "v:" + visitorId;
        } else {
            source = "a:" + clientAddress + "|" + (userAgent == null ? "" : userAgent);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
