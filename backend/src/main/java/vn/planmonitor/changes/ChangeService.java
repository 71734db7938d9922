package vn.planmonitor.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.JobLease;
import vn.planmonitor.common.StoredTimes;
import vn.planmonitor.common.Violation;
import vn.planmonitor.security.CallerScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Reads the change feed for a caller, and prunes it. */
@ApplicationScoped
public class ChangeService {

    private static final Logger LOG = Logger.getLogger(ChangeService.class);

    /** Where a read starts: after a position, at the oldest kept entry ({@code null}), or at the end ({@code now}). */
    public record Start(Long after, boolean now) {
    }

    @Inject
    EntityManager em;

    @Inject
    CallerScope scope;

    @Inject
    ChangeConfig config;

    @Inject
    JobLease lease;

    /**
     * The entries after {@code start} that the caller may see, at most {@code limit}. The counter is read
     * first: every position up to it is committed (see {@link ChangeLog}), so when this page reaches the end,
     * {@code next} moves up to it even if the caller's scope hid the last entries — a reporter whose units
     * were quiet does not fall behind the pruning.
     */
    @Transactional
    public ChangePage read(Start start, int limit) {
        Object[] counter = (Object[]) em.createNativeQuery(
                "SELECT last_seq, pruned_through FROM change_counter WHERE id = 1").getSingleResult();
        long last = ((Number) counter[0]).longValue();
        long pruned = ((Number) counter[1]).longValue();
        if (start.now()) {
            return new ChangePage(List.of(), Cursors.of(last), false);
        }
        long after = start.after() == null ? pruned : start.after();
        if (after > last) {
            throw ApiException.validation(List.of(new Violation("after", "cursor-unknown")));
        }
        if (after < pruned) {
            throw new ApiException(410, "cursor-expired", config.retentionDays());
        }
        Set<Long> units = scope.readableUnits();
        String visible = units == null ? "" : units.isEmpty() ? " AND report_unit_id IS NULL"
                : " AND (report_unit_id IS NULL OR report_unit_id IN (:units))";
        var query = em.createNativeQuery("SELECT seq, entity_type, action, entity_id, code, plan_code, org_unit_code,"
                        + " period_code, changed_at FROM change_entry WHERE seq > :after" + visible
                        + " ORDER BY seq LIMIT :limit")
                .setParameter("after", after).setParameter("limit", limit + 1);
        if (units != null && !units.isEmpty()) {
            query.setParameter("units", units);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean hasMore = rows.size() > limit;
        List<ChangeView> items = rows.stream().limit(limit).map(r -> new ChangeView(
                Cursors.of(((Number) r[0]).longValue()), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], StoredTimes.instant(r[8]))).toList();
        long lastSeen = items.isEmpty() ? after : ((Number) rows.get(items.size() - 1)[0]).longValue();
        long next = hasMore ? lastSeen : Math.max(lastSeen, last);
        return new ChangePage(items, Cursors.of(next), hasMore);
    }

    /**
     * Removes the entries older than the retention and remembers the highest position removed, so a cursor
     * before it is told (410) rather than silently missing what was pruned. Returns how many went.
     */
    public int prune(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object max = em.createNativeQuery("SELECT MAX(seq) FROM change_entry WHERE changed_at < ?1")
                    .setParameter(1, LocalDateTime.ofInstant(now.minus(Duration.ofDays(config.retentionDays())),
                            ZoneOffset.UTC)).getSingleResult();
            if (max == null) {
                return 0;
            }
            long through = ((Number) max).longValue();
            int removed = em.createNativeQuery("DELETE FROM change_entry WHERE seq <= ?1").setParameter(1, through)
                    .executeUpdate();
            em.createNativeQuery("UPDATE change_counter SET pruned_through = ?1 WHERE id = 1 AND pruned_through < ?1")
                    .setParameter(1, through).executeUpdate();
            return removed;
        });
    }

    /** Hourly, by whichever instance holds the lease. */
    @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnce() {
        Instant now = Instant.now();
        if (lease.claim("change-feed-prune", Duration.ofMinutes(55), now)) {
            int removed = prune(now);
            if (removed > 0) {
                LOG.infof("Change feed: %d entries older than %d days pruned", removed, config.retentionDays());
            }
        }
    }
}
