package vn.planmonitor.security;

import vn.planmonitor.common.Responses;

import java.time.Instant;

/** The signed-in account's own settings. */
public record ProfileView(long id, String username, String displayName, String email, boolean emailNotifications,
                          String language, Instant createdAt, Instant updatedAt, long version)
        implements Responses.Versioned {

    static ProfileView of(AppUser u) {
        return new ProfileView(u.id, u.username, u.displayName, u.email, u.emailEnabled, u.emailLanguage,
                u.createdAt, u.updatedAt, u.version);
    }
}
