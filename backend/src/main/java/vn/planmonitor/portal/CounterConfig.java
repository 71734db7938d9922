package vn.planmonitor.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The public portal's view counters ({@code planmonitor.counters.*}). */
@ConfigMapping(prefix = "planmonitor.counters")
public interface CounterConfig {

    /**
     * How often pending views are written to the database, in one batch (and at shutdown); {@code off}
     * writes them only when asked (the tests). Read by the schedule of {@link ViewCounters#flush}, whose
     * expression needs the text.
     */
    @WithDefault("5s")
    String flushEvery();

    /** A view by the same client of the same page within this window (a reload) is not counted again. */
    @WithDefault("30M")
    Duration dedupeWindow();
}
