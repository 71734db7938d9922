package vn.planmonitor.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link RetryOnConflict}: at most {@link #ATTEMPTS} runs of the whole transaction, with a short random
 * pause between them so two crossing writers do not collide again in step. Its priority puts it
 * outside the {@code @Transactional} interceptor (PLATFORM_BEFORE + 200), so each attempt is a new
 * transaction with a fresh persistence context. Inside a transaction somebody else began it does
 * nothing: only the owner of the transaction can redo it.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    /**
     * Five runs: in make test-cluster (three writers on two nodes, 35 hot summary rows) about one write
     * in thirty needed a second run and one in six hundred still lost its third; beyond five the client
     * is better told to try again (409).
     */
    public static final int ATTEMPTS = 5;
    private static final LongAdder RETRIES = new LongAdder();

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !WriteConflict.is(e)) {
                    throw e;
                }
                RETRIES.increment();
                LOG.infof("Write conflict in %s.%s (attempt %d of %d), running it again",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        attempt, ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
            }
        }
    }

    /** Transactions run again since start (all instances of this process). */
    public static long retries() {
        return RETRIES.sum();
    }
}
