package vn.planmonitor.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.concurrent.atomic.AtomicInteger;

/** A transactional write that may cross another writer's lock: what {@link ConflictRetryTest} retries. */
@ApplicationScoped
public class ConflictingWrites {

    /** Static: the test sees the bean through its client proxy, whose own fields are not the bean's. */
    static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @Inject
    EntityManager entityManager;

    /** Renames the job's holder; waits at most 1 s for its row lock (MariaDB's SET STATEMENT). */
    @RetryOnConflict
    @Transactional
    public void takeOver(String job, Runnable beforeEachAttempt) {
        ATTEMPTS.incrementAndGet();
        beforeEachAttempt.run();
        entityManager.createNativeQuery("SET STATEMENT innodb_lock_wait_timeout = 1 FOR"
                + " UPDATE job_lease SET holder = 'retried' WHERE job_name = ?1").setParameter(1, job).executeUpdate();
    }

    /** Fails with something that is not a conflict: never retried. */
    @RetryOnConflict
    @Transactional
    public void failPlainly() {
        ATTEMPTS.incrementAndGet();
        throw new IllegalStateException("not a conflict");
    }
}
