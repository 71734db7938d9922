package vn.planmonitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How sign-in is throttled (see {@link SignInThrottle}). The waits are per client address and
 * username, so they slow a guesser down without letting anyone lock somebody else out.
 */
@ConfigMapping(prefix = "planmonitor.sign-in")
public interface SignInConfig {

    /** Wrong passwords in a row, from one address for one username, before the first wait. */
    @WithDefault("5")
    int maxFailures();

    /** The first wait; each further wrong password after it doubles the wait. */
    @WithDefault("1M")
    Duration firstWait();

    /** The longest wait, however many wrong passwords follow. */
    @WithDefault("15M")
    Duration longestWait();

    /** Failures are forgotten once this long has passed since the last one (a mistyped password last week does not count). */
    @WithDefault("1H")
    Duration forgetAfter();
}
