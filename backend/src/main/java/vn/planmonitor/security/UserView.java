package vn.planmonitor.security;

import vn.planmonitor.common.Responses;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; the password hash never leaves the server. */
public record UserView(long id, String username, String displayName, Role role, List<String> unitCodes,
                       boolean active, boolean locked, Instant lastSignInAt, Instant createdAt, Instant updatedAt,
                       long version) implements Responses.Versioned {

    /** {@code locked}: some client address must wait before trying this account again (see SignInThrottle). */
    static UserView of(AppUser u, boolean locked) {
        return new UserView(u.id, u.username, u.displayName, u.role,
                u.units.stream().map(unit -> unit.code).sorted().toList(), u.active,
                locked, u.lastSignInAt, u.createdAt,
                u.updatedAt, u.version);
    }
}
