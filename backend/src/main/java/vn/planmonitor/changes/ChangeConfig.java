package vn.planmonitor.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change feed ({@code planmonitor.changes.*}); see {@link ChangeLog} and {@link ChangeService}. */
@ConfigMapping(prefix = "planmonitor.changes")
public interface ChangeConfig {

    /** Entries older than this many days are pruned; a cursor from before the oldest kept one answers 410. */
    @WithDefault("30")
    int retentionDays();
}
