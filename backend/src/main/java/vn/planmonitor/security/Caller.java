package vn.planmonitor.security;

import java.util.Set;

/**
 * Who is calling, as the rules need it. {@code units} are the units whose reports the caller may
 * write (and, for a reporter, the only ones it may read); null means no unit restriction.
 * {@code ratePerMinute} is an API token's request rate ({@link TokenRateLimit}), 0 for a person's session.
 */
public record Caller(String name, Set<String> roles, Set<Long> units, Long userId, long tokenId, int ratePerMinute) {

    static final String ATTRIBUTE = "planmonitor.caller";

    public boolean has(String role) {
        return roles.contains(role);
    }
}
