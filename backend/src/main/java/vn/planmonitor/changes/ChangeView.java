package vn.planmonitor.changes;

import java.time.Instant;

/** An entry of the feed as the API answers it; {@code cursor} is the position just after it. */
public record ChangeView(String cursor, String type, String action, long id, String code, String planCode,
                         String orgUnitCode, String period, Instant at) {
}
