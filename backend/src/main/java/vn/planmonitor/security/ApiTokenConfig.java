package vn.planmonitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** API tokens for other systems (see {@link TokenRateLimit}). */
@ConfigMapping(prefix = "planmonitor.api-tokens")
public interface ApiTokenConfig {

    /**
     * Requests a minute for a token whose admin set no rate of its own: generous enough for a warehouse
     * syncing every unit's reports, low enough that one runaway script cannot occupy the server.
     */
    @WithDefault("1200")
    int defaultRatePerMinute();
}
