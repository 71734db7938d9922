package vn.planmonitor.submission;

import vn.planmonitor.common.Today;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Review times as people in the district read them: Ho Chi Minh City time, Vietnamese date order. */
public final class ReviewTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private ReviewTimes() {
    }

    public static String format(Instant instant) {
        return instant == null ? "?" : FORMAT.format(instant.atZone(Today.ZONE));
    }
}
