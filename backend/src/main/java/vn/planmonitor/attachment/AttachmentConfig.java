package vn.planmonitor.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Files attached to reports ({@code planmonitor.attachments.*}). */
@ConfigMapping(prefix = "planmonitor.attachments")
public interface AttachmentConfig {

    /**
     * The largest file accepted (env {@code ATTACHMENT_MAX_SIZE}); larger ones are refused with 413. Must stay
     * below {@code quarkus.http.limits.max-body-size}, which bounds the whole upload form: checked at start.
     */
    @WithDefault("20M")
    MemorySize maxSize();
}
