package vn.planmonitor.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Date and instant query parameters (filters such as the audit trail's {@code from} and {@code to}).
 * ISO-8601 allows years far beyond any database column ({@code +999999999-12-31T23:59:59Z}); sent
 * on, such a bound is silently mangled by the driver and the filter matches every row. So a filter
 * outside 1970-01-01 … 8999-12-31 is refused ({@code date-out-of-range}) rather than ignored.
 */
public final class DateParams {

    static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(8999, 12, 31);
    private static final Instant FIRST = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private DateParams() {
    }

    /**
     * A date (a whole day, in UTC) or an ISO instant; with {@code endOfDay} a date means the end of
     * that day (for an exclusive upper bound). Null when not given or refused (recorded in {@code v}).
     */
    public static Instant instant(String raw, String field, Violations v, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        Instant given;
        try {
            given = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            v.add(field, "not-a-date");
            return null;
        }
        if (given.isBefore(FIRST) || !given.isBefore(AFTER_LAST)) {
            v.add(field, "date-out-of-range", FIRST_DAY.toString(), LAST_DAY.toString());
            return null;
        }
        return endOfDay && text.length() == 10 ? given.plus(1, ChronoUnit.DAYS) : given;
    }
}
