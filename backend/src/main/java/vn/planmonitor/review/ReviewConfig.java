package vn.planmonitor.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The review workflow's settings ({@code planmonitor.review.*}). */
@ConfigMapping(prefix = "planmonitor.review")
public interface ReviewConfig {

    /**
     * A submitted figure more than this many times its unit's previous period — up or down — is flagged
     * for the reviewer as a warning; it never blocks the submission.
     */
    @WithDefault("3")
    BigDecimal outlierFactor();
}
