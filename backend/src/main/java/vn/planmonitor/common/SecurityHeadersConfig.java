package vn.planmonitor.common;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Settings of {@link SecurityHeaders}. */
@ConfigMapping(prefix = "planmonitor.security-headers")
public interface SecurityHeadersConfig {

    /** The Strict-Transport-Security value; set in production only (the %prod profile), absent elsewhere. */
    Optional<String> hsts();
}
