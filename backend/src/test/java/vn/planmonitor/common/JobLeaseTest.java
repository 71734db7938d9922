package vn.planmonitor.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two backend instances (two JobLease objects, two holder ids, one table): a job runs on one of them. */
@QuarkusTest
class JobLeaseTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    JobLease first;

    @Inject
    EntityManager entityManager;

    private JobLease anotherInstance() {
        JobLease other = new JobLease();
        other.entityManager = entityManager;
        return other;
    }

    @Test
    void shouldLetOneInstanceRunAJobUntilItsLeaseRunsOut() {
        String job = "lease-test-" + System.nanoTime();
        JobLease second = anotherInstance();
        assertNotEquals(first.holder(), second.holder());

        assertTrue(first.claim(job, MINUTE, T0), "the first claim creates the row");
        assertFalse(second.claim(job, MINUTE, T0.plusSeconds(30)), "held by the first");
        assertTrue(first.claim(job, MINUTE, T0.plusSeconds(40)), "the holder renews: until T0 + 100 s");
        assertFalse(second.claim(job, MINUTE, T0.plusSeconds(90)));
        assertTrue(second.claim(job, MINUTE, T0.plusSeconds(101)), "the first stopped renewing: taken over");
        assertFalse(first.claim(job, MINUTE, T0.plusSeconds(110)));
        second.release();
        assertTrue(first.claim(job, MINUTE, T0.plusSeconds(111)), "released at shutdown: free at once");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM job_lease WHERE job_name = ?1").setParameter(1, job).executeUpdate());
    }
}
