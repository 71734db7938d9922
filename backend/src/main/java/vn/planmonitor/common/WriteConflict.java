package vn.planmonitor.common;

import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises "two writes crossed, nothing of this transaction was stored": an InnoDB deadlock or lock
 * wait timeout on one server, and on a Galera cluster a certification conflict — another node committed
 * a change to the same row first, and this node reports it as a deadlock (error 1213, SQLSTATE 40001),
 * at COMMIT or at the next statement. Such a transaction may simply be run again
 * ({@link RetryOnConflict}); when retries run out the client hears 409 "try again", never a 500.
 * <p>
 * A conflict raised at commit arrives wrapped by the transaction manager (RollbackException, an
 * XAException as its cause or as a suppressed exception), so causes and suppressed exceptions are
 * both searched.
 */
public final class WriteConflict {

    /** ER_LOCK_DEADLOCK, also what Galera answers for a certification failure. */
    private static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private WriteConflict() {
    }

    public static boolean is(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        push(todo, failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            push(todo, t.getCause());
            if (t instanceof SQLException sql) {
                push(todo, sql.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                push(todo, suppressed);
            }
        }
        return false;
    }

    /** Two writers inserted the same key at once: the unique key kept one (the other may look again). */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable c = failure; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static void push(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.push(t);
        }
    }
}
