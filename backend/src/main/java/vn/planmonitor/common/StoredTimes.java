package vn.planmonitor.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A DATETIME column read by a native query, as an instant. The columns hold UTC (Hibernate writes them
 * with {@code jdbc.timezone=UTC}); drivers hand them back as Timestamp or LocalDateTime.
 */
public final class StoredTimes {

    private StoredTimes() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a stored time: " + value.getClass());
    }
}
