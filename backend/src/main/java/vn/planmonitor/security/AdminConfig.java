package vn.planmonitor.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The first admin account, created at start while no account exists (see {@link FirstAdmin}). */
@ConfigMapping(prefix = "planmonitor.admin")
public interface AdminConfig {

    /** Its username ({@code ADMIN_USERNAME}). */
    @WithDefault("admin")
    String username();

    /** Its password ({@code ADMIN_PASSWORD}); without it no account is created and nobody can sign in. */
    Optional<String> password();
}
