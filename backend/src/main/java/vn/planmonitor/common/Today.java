package vn.planmonitor.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Now" as the rules see it. Which year is the current one decides what can have been reported and
 * whether a report is overdue, so it comes from one injectable {@link Clock}: the system clock in
 * District 11's time zone, or a fixed day when {@code planmonitor.today} is set (the tests fix it, so
 * their expected statuses do not drift with the calendar).
 */
@ApplicationScoped
public class Today {

    /** The district's time zone: a report filed at 23:30 on 31 January in Hồ Chí Minh City is on time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        return config.day().map(day -> Clock.fixed(day.atStartOfDay(ZONE).toInstant(), ZONE))
                .orElseGet(() -> Clock.system(ZONE));
    }
}
