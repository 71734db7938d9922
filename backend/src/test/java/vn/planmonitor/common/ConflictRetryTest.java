package vn.planmonitor.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction that loses a write conflict is run again, a bounded number of times. The conflict is
 * real: another connection holds the row's lock, so MariaDB answers 1205 (lock wait timeout), the
 * same class of failure as Galera's certification conflict (1213, which a single server cannot be made
 * to give deterministically).
 */
@QuarkusTest
class ConflictRetryTest {

    private static final String JOB = "conflict-retry-test";

    @Inject
    ConflictingWrites writes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    private Connection holder;

    @BeforeEach
    void lockTheRowFromAnotherConnection() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO job_lease (job_name, holder, lease_until) VALUES (?, 'nobody', '2000-01-01')")) {
            c.setAutoCommit(true);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM job_lease WHERE job_name = ?")) {
                d.setString(1, JOB);
                d.executeUpdate();
            }
            s.setString(1, JOB);
            s.executeUpdate();
        }
        holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement s = holder.prepareStatement("UPDATE job_lease SET holder = 'other' WHERE job_name = ?")) {
            s.setString(1, JOB);
            s.executeUpdate();
        }
        ConflictingWrites.ATTEMPTS.set(0);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        holder.rollback();
        holder.close();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM job_lease WHERE job_name = ?1").setParameter(1, JOB).executeUpdate());
    }

    @Test
    void shouldRunTheTransactionAgainWhenTheOtherWriterHasFinished() throws SQLException {
        writes.takeOver(JOB, () -> {
            if (ConflictingWrites.ATTEMPTS.get() == 2) {
                commitHolder();
            }
        });
        assertEquals(2, ConflictingWrites.ATTEMPTS.get());
        assertEquals("retried", holderOf(JOB));
    }

    @Test
    void shouldGiveUpAfterFiveAttemptsWithAConflictNotA500() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> writes.takeOver(JOB, () -> { }));
        assertEquals(ConflictRetry.ATTEMPTS, ConflictingWrites.ATTEMPTS.get());
        assertTrue(WriteConflict.is(failure), "ProblemMapper answers it with 409 conflict: " + failure);
    }

    @Test
    void shouldNotRetryOtherFailures() {
        assertThrows(IllegalStateException.class, writes::failPlainly);
        assertEquals(1, ConflictingWrites.ATTEMPTS.get());
    }

    @Test
    void shouldLeaveTheRetryToTheOwnerOfAnOuterTransaction() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> writes.takeOver(JOB, () -> { })));
        assertEquals(1, ConflictingWrites.ATTEMPTS.get(), "inside somebody else's transaction: not retried there");
        assertTrue(WriteConflict.is(failure));
    }

    private void commitHolder() {
        try {
            holder.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String holderOf(String job) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT holder FROM job_lease WHERE job_name = ?")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
