package vn.planmonitor.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import vn.planmonitor.orgunit.OrgUnit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Issues and recognises bearer tokens. */
@ApplicationScoped
public class TokenService {

    /** Writing "last used" on every request would turn each read into a write; once a minute is enough. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Inject
    SessionConfig sessions;

    @Inject
    ApiTokenConfig apiTokens;

    /** A new session for a person who just signed in; returns the secret, which is never stored. */
    public String openSession(AppUser user) {
        String secret = Secrets.newTokenSecret();
        AccessToken token = new AccessToken();
        token.tokenHash = Secrets.hashToken(secret);
        token.kind = TokenKind.SESSION;
        token.name = "session " + user.username;
        token.user = user;
        token.scope = user.role == Role.VIEWER ? TokenScope.READ : TokenScope.WRITE;
        token.expiresAt = Instant.now().plus(Duration.ofHours(sessions.hours()));
        token.createdBy = user.username;
        token.persist();
        return secret;
    }

    /**
     * Ends every session of an account — after a new password, a deactivation or a role change, none
     * opened before may go on (a reactivated account must not find its old sessions alive). A bulk
     * update: revoking is bookkeeping and never moves a token's version. API tokens are not touched.
     */
    public int endSessions(AppUser user) {
        return AccessToken.update("revokedAt = ?1 where user = ?2 and kind = ?3 and revokedAt is null",
                Instant.now(), user, TokenKind.SESSION);
    }

    @ActivateRequestContext
    public Optional<Caller> identify(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        // One read outside any transaction (a transaction would add three round trips to every request);
        // only the rare "last used" write takes one.
        Instant now = Instant.now();
        Optional<AccessToken> found = AccessToken.findByHash(Secrets.hashToken(secret));
        if (found.isEmpty() || !found.get().isUsableAt(now)) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Caller caller = callerOf(token, apiTokens.defaultRatePerMinute());
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(TOUCH_INTERVAL))) {
            QuarkusTransaction.requiringNew().run(() -> AccessToken.update("lastUsedAt = ?1 where id = ?2", now, token.id));
        }
        return Optional.of(caller);
    }

    static Caller callerOf(AccessToken token, int defaultRatePerMinute) {
        if (token.kind == TokenKind.SESSION) {
            AppUser user = token.user;
            Set<Long> units = user.role == Role.REPORTER ? ids(user.units) : null;
            return new Caller(user.username, rolesOf(user.role), units, user.id, token.id, 0);
        }
        Set<String> roles = new LinkedHashSet<>(Set.of(Role.VIEWER_ROLE, Role.READER_ROLE));
        if (token.scope == TokenScope.WRITE) {
            roles.add(Role.REPORTER_ROLE);
        }
        return new Caller("token:" + token.name, roles, ids(token.units), null, token.id,
                token.ratePerMinute == null ? defaultRatePerMinute : token.ratePerMinute);
    }

    /** Each role includes the ones below it, so an endpoint names only the least role it needs. */
    static Set<String> rolesOf(Role role) {
        return switch (role) {
            case ADMIN -> Set.of(Role.ADMIN_ROLE, Role.REVIEWER_ROLE, Role.REPORTER_ROLE, Role.VIEWER_ROLE,
                    Role.READER_ROLE);
            case REVIEWER -> Set.of(Role.REVIEWER_ROLE, Role.VIEWER_ROLE, Role.READER_ROLE);
            case REPORTER -> Set.of(Role.REPORTER_ROLE, Role.VIEWER_ROLE);
            case VIEWER -> Set.of(Role.VIEWER_ROLE);
        };
    }

    private static Set<Long> ids(Set<OrgUnit> units) {
        return units.stream().map(u -> u.id).collect(Collectors.toUnmodifiableSet());
    }
}
