package vn.planmonitor.common;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises "the database cannot be reached" among failures, so the client hears 503 and "retry"
 * instead of a 500 that reads like a bug. Nothing was written: the transaction never got a connection
 * or lost it before commit.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean is(Throwable cause) {
        return cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause.getClass().getName().equals("io.agroal.pool.ConnectionPoolImpl$AcquisitionTimeoutException")
                || cause instanceof java.net.ConnectException;
    }
}
