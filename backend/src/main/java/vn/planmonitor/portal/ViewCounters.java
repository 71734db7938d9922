package vn.planmonitor.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.planmonitor.common.JobLease;
import vn.planmonitor.common.StoredTimes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The portal's view counters, cheap on the hot path: a view only adds to an in-memory
 * {@link LongAdder}; a scheduled job (and shutdown) adds the pending increments to the
 * {@code view_counter} table in one transaction. A read is the stored count (loaded once, then
 * refreshed by every flush, so other instances' views show within one flush interval) plus what is
 * pending here, so a count shown is never behind the views this instance counted.
 * <p>
 * A reload is not a new view: the same client (an opaque hash of its visitor id or of its address and
 * browser) counting the same counter again within the window is ignored. Each instance remembers the
 * clients it saw (bounded: the least recently seen are dropped beyond {@link #MAX_REMEMBERED}), which
 * keeps reloads off the database; the flush then checks every pending view against {@code view_seen},
 * shared by all instances, so a visitor whose requests reach two instances behind a load balancer (or
 * one instance before and after a restart) is counted once per window. Until that flush an instance
 * may show such a view in its counts; the stored count never holds it.
 * <p>
 * Every instance flushes its own pending views (they exist only in its memory); what all instances
 * share — pruning {@code view_seen} of entries older than the window — runs on one of them at a time
 * ({@link JobLease}).
 */
@ApplicationScoped
public class ViewCounters {

    private static final Logger LOG = Logger.getLogger(ViewCounters.class);
    static final int MAX_REMEMBERED = 100_000;

    @Inject
    CounterConfig config;

    @Inject
    JobLease lease;

    @Inject
    EntityManager entityManager;

    /** One view this instance counted and has not written yet. */
    private record PendingView(String counter, String client, Instant at) {
    }

    private final ConcurrentLinkedQueue<PendingView> queue = new ConcurrentLinkedQueue<>();
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
        queue.add(new PendingView(counter, client, now));
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

    /**
     * Writes every pending view in one transaction — those another instance (or this one before a
     * restart) already counted for the same client within the window are dropped; on failure they all
     * stay pending for the next run (a write conflict with another instance's flush included).
     */
    @Scheduled(every = "${planmonitor.counters.flush-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        List<PendingView> drained = new ArrayList<>();
        for (PendingView view; (view = queue.poll()) != null; ) {
            drained.add(view);
        }
        try {
            if (drained.isEmpty()) {
                // Other instances' flushes move the counts too: what this one shows follows within a flush.
                stored.putAll(QuarkusTransaction.requiringNew().call(ViewCounters::readAll));
                return;
            }
            Map<String, Long> totals = QuarkusTransaction.requiringNew().call(() -> write(drained));
            Map<String, Long> perCounter = new HashMap<>();
            drained.forEach(v -> perCounter.merge(v.counter(), 1L, Long::sum));
            perCounter.forEach((key, n) -> pending.get(key).add(-n));
            stored.putAll(totals);
        } catch (RuntimeException e) {
            if (drained.isEmpty()) {
                return; // the database is away: the counts shown stay as they were
            }
            queue.addAll(drained);
            LOG.warnf("View counters not saved yet (%d pending views): %s", drained.size(), e.getMessage());
        }
    }

    private static Map<String, Long> readAll() {
        Map<String, Long> all = new HashMap<>();
        ViewCounter.<ViewCounter>streamAll().forEach(c -> all.put(c.key, c.count));
        return all;
    }

    private Map<String, Long> write(List<PendingView> drained) {
        long window = config.dedupeWindow().toMillis();
        Map<String, Long> added = new HashMap<>();
        for (PendingView view : drained) {
            @SuppressWarnings("unchecked")
            List<Object> seen = entityManager.createNativeQuery("SELECT seen_at FROM view_seen"
                            + " WHERE client_hash = ?1 AND counter_key = ?2 FOR UPDATE")
                    .setParameter(1, view.client()).setParameter(2, view.counter()).getResultList();
            if (!seen.isEmpty() && view.at().toEpochMilli() - StoredTimes.instant(seen.get(0)).toEpochMilli() < window) {
                continue;
            }
            entityManager.createNativeQuery(seen.isEmpty()
                            ? "INSERT INTO view_seen (seen_at, client_hash, counter_key) VALUES (?1, ?2, ?3)"
                            : "UPDATE view_seen SET seen_at = ?1 WHERE client_hash = ?2 AND counter_key = ?3")
                    .setParameter(1, view.at()).setParameter(2, view.client()).setParameter(3, view.counter())
                    .executeUpdate();
            added.merge(view.counter(), 1L, Long::sum);
        }
        Instant now = Instant.now();
        Map<String, Long> totals = readAll();
        for (String key : drained.stream().map(PendingView::counter).distinct().toList()) {
            ViewCounter row = ViewCounter.findById(key);
            long n = added.getOrDefault(key, 0L);
            if (row == null) {
                row = new ViewCounter();
                row.key = key;
                row.count = n;
                row.updatedAt = now;
                row.persist();
            } else if (n > 0) {
                row.count += n;
                row.updatedAt = now;
            }
            totals.put(key, row.count);
        }
        return totals;
    }

    /** Drops what no longer dedupes anything (older than the window), on one instance at a time. */
    @Scheduled(every = "10m", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnce() {
        Instant now = Instant.now();
        if (lease.claim("view-seen-prune", Duration.ofMinutes(9), now)) {
            prune(now);
        }
    }

    /** Removes the remembered views older than the window; returns how many. */
    public int prune(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "DELETE FROM view_seen WHERE seen_at < ?1")
                .setParameter(1, now.minus(config.dedupeWindow())).executeUpdate());
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** As after a restart: forgets everything in memory (pending increments are lost unless flushed). */
    synchronized void forgetMemory() {
        queue.clear();
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
