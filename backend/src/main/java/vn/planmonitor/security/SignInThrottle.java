package vn.planmonitor.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.planmonitor.common.JobLease;
import vn.planmonitor.common.StoredTimes;
import vn.planmonitor.common.WriteConflict;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without handing anyone a way to lock somebody else out.
 * <p>
 * Failures are counted per client address <em>and</em> username: after {@code max-failures} wrong
 * passwords in a row from one address for one username, that address must wait before trying that
 * username again — 1 minute, then each further failure doubles the wait up to 15 minutes. A stranger
 * who hammers {@code admin} only makes <em>their own</em> address wait; the admin signs in from
 * theirs. A username that does not exist is counted exactly like one that does (the key never
 * depends on the account), so the answers — 401, then 429 with the same Retry-After — cannot tell
 * them apart. A right password during a wait is refused too, or the wait would answer the guess.
 * <p>
 * The counts live in the database ({@code sign_in_failure}), shared by every backend instance: behind
 * a load balancer a guesser's requests land on any instance, and per-instance counts would multiply
 * the tries by the number of instances. A failure is written in a transaction of its own, because the
 * sign-in that failed rolls its own back. Pairs quiet for {@code forget-after} are pruned by one
 * instance at a time ({@link JobLease}).
 */
@ApplicationScoped
public class SignInThrottle {

    /** Longer names cannot exist (usernames are at most 100 characters); cutting them bounds the key. */
    private static final int MAX_KEY_NAME = 100;
    /** Room for any IPv6 address in text; anything longer is not an address we were given. */
    private static final int MAX_KEY_ADDRESS = 64;
    /** Two failures of one pair at once on two cluster nodes: one is written again. */
    private static final int ATTEMPTS = 3;

    private final SignInConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    JobLease lease;

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    @Inject
    public SignInThrottle(SignInConfig config) {
        this.config = config;
    }

    /** How long this address must still wait before trying this username, if at all. */
    public Optional<Duration> waitFor(String address, String username, Instant now) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Failures failures = current(address, username, now, false);
            if (failures == null || failures.waitUntil == null || !failures.waitUntil.isAfter(now)) {
                return Optional.<Duration>empty();
            }
            return Optional.of(Duration.between(now, failures.waitUntil));
        });
    }

    /** A wrong password, an unknown username or a deactivated account. */
    public void failed(String address, String username, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> count(address, username, now));
                return;
            } catch (RuntimeException e) {
                // The same pair failing at the same moment elsewhere (a duplicate insert, a Galera conflict).
                if (attempt >= ATTEMPTS || !(WriteConflict.is(e) || WriteConflict.isDuplicateKey(e))) {
                    throw e;
                }
            }
        }
    }

    private void count(String address, String username, Instant now) {
        Failures before = current(address, username, now, true);
        int count = before == null ? 1 : before.count + 1;
        Instant waitUntil = before == null ? null : before.waitUntil;
        int beyond = count - config.maxFailures();
        if (beyond >= 0) {
            // 1, 2, 4, 8 … minutes; the shift is capped so the doubling cannot overflow.
            Duration wait = config.firstWait().multipliedBy(1L << Math.min(beyond, 20));
            waitUntil = now.plus(wait.compareTo(config.longestWait()) > 0 ? config.longestWait() : wait);
        }
        String sql = before == null
                ? "INSERT INTO sign_in_failure (failures, last_failure_at, wait_until, client_address, username) VALUES (?1, ?2, ?3, ?4, ?5)"
                : "UPDATE sign_in_failure SET failures = ?1, last_failure_at = ?2, wait_until = ?3 WHERE client_address = ?4 AND username = ?5";
        entityManager.createNativeQuery(sql).setParameter(1, count).setParameter(2, now)
                .setParameter(3, waitUntil).setParameter(4, address(address)).setParameter(5, name(username))
                .executeUpdate();
    }

    /** Signed in: this address starts afresh for this username. */
    public void succeeded(String address, String username) {
        QuarkusTransaction.joiningExisting().run(() -> entityManager.createNativeQuery(
                        "DELETE FROM sign_in_failure WHERE client_address = ?1 AND username = ?2")
                .setParameter(1, address(address)).setParameter(2, name(username)).executeUpdate());
    }

    /** Whether some address is waiting to try this username: shown to admins as "locked". */
    public boolean isThrottled(String username, Instant now) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM sign_in_failure WHERE username = ?1 AND wait_until > ?2")
                .setParameter(1, name(username)).setParameter(2, now).getSingleResult()).longValue() > 0);
    }

    /** A new password was set: the guesses against the old one no longer matter. */
    public void forget(String username) {
        QuarkusTransaction.joiningExisting().run(() -> entityManager.createNativeQuery(
                "DELETE FROM sign_in_failure WHERE username = ?1").setParameter(1, name(username)).executeUpdate());
    }

    /** Every count and wait forgotten (each test class starts afresh). */
    public void forgetAll() {
        QuarkusTransaction.joiningExisting().run(() ->
                entityManager.createNativeQuery("DELETE FROM sign_in_failure").executeUpdate());
    }

    /** Removes the pairs that no longer count (quiet for forget-after, no wait running); returns how many. */
    public int prune(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "DELETE FROM sign_in_failure WHERE last_failure_at < ?1 AND (wait_until IS NULL OR wait_until <= ?2)")
                .setParameter(1, now.minus(config.forgetAfter())).setParameter(2, now).executeUpdate());
    }

    /** Hourly, by whichever instance holds the lease: pruning twice would be harmless, but it is work. */
    @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnce() {
        Instant now = Instant.now();
        if (lease.claim("sign-in-prune", Duration.ofMinutes(55), now)) {
            prune(now);
        }
    }

    private Failures current(String address, String username, Instant now, boolean forUpdate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT failures, last_failure_at, wait_until"
                        + " FROM sign_in_failure WHERE client_address = ?1 AND username = ?2" + (forUpdate ? " FOR UPDATE" : ""))
                .setParameter(1, address(address)).setParameter(2, name(username)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Failures failures = new Failures(((Number) row[0]).intValue(), StoredTimes.instant(row[1]), StoredTimes.instant(row[2]));
        if (failures.last.plus(config.forgetAfter()).isBefore(now)
                && (failures.waitUntil == null || !failures.waitUntil.isAfter(now))) {
            // Quiet long enough: counted afresh (the row is overwritten, or pruned later).
            return forUpdate ? new Failures(0, failures.last, null) : null;
        }
        return failures;
    }

    private static String address(String address) {
        String a = address == null ? "" : address;
        return a.length() > MAX_KEY_ADDRESS ? a.substring(0, MAX_KEY_ADDRESS) : a;
    }

    /** Usernames are matched case-insensitively by the database, so "Admin" must count as "admin". */
    private static String name(String username) {
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_KEY_NAME ? trimmed.substring(0, MAX_KEY_NAME) : trimmed;
    }
}
