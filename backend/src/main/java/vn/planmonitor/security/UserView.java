package vn.planmonitor.security;

import vn.planmonitor.common.Responses;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; the password hash never leaves the server. */
public record UserView(long id, String username, String displayName, Role role, List<String> unitCodes,
                       boolean active, boolean locked, Instant lastSignInAt, Instant createdAt, Instant updatedAt,
                       long version) implements Responses.Versioned {

    static UserView of(AppUser u) {
        return new UserView(u.id, u.username, u.displayName, u.role,
                u.units.stream().map(unit -> unit.code).sorted().toList(), u.active,
                u.lockedUntil != null && u.lockedUntil.isAfter(Instant.now()), u.lastSignInAt, u.createdAt,
                u.updatedAt, u.version);
    }
}
