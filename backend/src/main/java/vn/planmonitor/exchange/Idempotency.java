package vn.planmonitor.exchange;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.planmonitor.common.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code Idempotency-Key} for bulk writes: a replayed request gets the first response and changes
 * nothing. Keys are kept {@link #KEEP} (24 hours) and purged on the next write after that. The
 * unique key decides between concurrent requests: the first claims it, a second one while the first
 * runs gets 409 {@code idempotency-in-progress}; the same key with another request gets 422.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_KEY = 200;
    private static final long PURGE_INTERVAL_MS = 60_000;

    private final AtomicLong lastPurge = new AtomicLong();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    /** The response remembered for a key. */
    public record Remembered(int status, String contentType, String body) {
    }

    public static String hash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + "\n" + path + "\n" + (query == null ? "" : query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this request (committed at once, so concurrent requests see it), or returns
     * the response remembered for the same request.
     */
    public Optional<Remembered> claim(String key, String hash) {
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw ApiException.badRequest("idempotency-key-invalid", MAX_KEY);
        }
        purgeExpired();
        boolean claimed = claimWithRetry(key, hash);
        if (claimed) {
            return Optional.empty();
        }
        return remembered(key, hash);
    }

    /**
     * Deletes expired keys at most once a minute, in a transaction of its own: a range delete inside
     * every claim made concurrent claims deadlock on InnoDB's gap locks (found by ConcurrencyTest).
     */
    private void purgeExpired() {
        long now = System.currentTimeMillis();
        long last = lastPurge.get();
        if (now - last < PURGE_INTERVAL_MS || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement purge = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?")) {
                purge.setObject(1, LocalDateTime.ofInstant(Instant.now().minus(KEEP), ZoneOffset.UTC));
                purge.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A deadlock between two claims is the database asking to try again; three tries are plenty. */
    private boolean claimWithRetry(String key, String hash) {
        for (int attempt = 1; ; attempt++) {
            try {
                return insertClaim(key, hash);
            } catch (RuntimeException e) {
                if (attempt >= 3 || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private boolean insertClaim(String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (idem_key,"
                        + " request_hash, state, created_at) VALUES (?, ?, 'IN_PROGRESS', ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, hash);
                    insert.setObject(3, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                    insert.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return false;
                    }
                    throw e;
                }
            }
        });
    }

    private Optional<Remembered> remembered(String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT request_hash, state, status_code, content_type,"
                         + " response_body FROM idempotency_key WHERE idem_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        // Purged or released between our insert and this read: the other request is done.
                        throw ApiException.conflict("idempotency-in-progress");
                    }
                    if (!rs.getString(1).equals(hash)) {
                        throw new ApiException(422, "idempotency-key-reused");
                    }
                    if (!"DONE".equals(rs.getString(2))) {
                        throw ApiException.conflict("idempotency-in-progress");
                    }
                    return Optional.of(new Remembered(rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        });
    }

    /** Remembers the response inside the import's transaction, so the key is done exactly when the import is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String key, Remembered response) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET state = 'DONE', status_code = ?,"
                    + " content_type = ?, response_body = ? WHERE idem_key = ?")) {
                ps.setInt(1, response.status());
                ps.setString(2, response.contentType());
                ps.setString(3, response.body());
                ps.setString(4, key);
                ps.executeUpdate();
            }
        });
    }

    /** Frees the key of a request refused before it imported anything, so it can be corrected and retried. */
    public void release(String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE idem_key = ?"
                         + " AND state = 'IN_PROGRESS'")) {
                ps.setString(1, key);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
