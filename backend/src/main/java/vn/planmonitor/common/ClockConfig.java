package vn.planmonitor.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which day the rules take as today ({@code planmonitor.today}); see {@link Today}. The key itself is the
 * prefix: a mapping of all of {@code planmonitor} would claim the keys of the other settings too.
 */
@ConfigMapping(prefix = "planmonitor.today")
public interface ClockConfig {

    /**
     * A fixed "today", e.g. {@code 2020-06-30} (the tests fix it, so their expected statuses do not drift
     * with the calendar); unset, the system clock in District 11's time zone.
     */
    @WithParentName
    Optional<LocalDate> day();
}
