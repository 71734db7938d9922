package vn.planmonitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sessions people open by signing in (API tokens carry their own expiry). */
@ConfigMapping(prefix = "planmonitor.session")
public interface SessionConfig {

    /** How long a session token lasts after sign-in, in hours: a working day. */
    @WithDefault("8")
    long hours();
}
