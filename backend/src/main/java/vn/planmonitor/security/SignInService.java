package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Violations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Username and password in, a session token out. After {@code max-failures} wrong passwords in a
 * row the account is locked for a while: slow enough to defeat guessing, short enough that a
 * ward officer who mistyped is not locked out for the day.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    TokenService tokens;

    @ConfigProperty(name = "planmonitor.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @ConfigProperty(name = "planmonitor.sign-in.lock-minutes", defaultValue = "15")
    long lockMinutes;

    public record Session(String token, UserView user, Instant expiresAt) {
    }

    public record Credentials(String username, String password) {
    }

    /** Failed attempts must be counted even though the request fails, hence the commit on refusal. */
    @Transactional(dontRollbackOn = ApiException.class)
    public Session signIn(Credentials credentials) {
        Violations v = new Violations();
        if (credentials == null) {
            throw ApiException.badRequest("body-required");
        }
        v.required("username", credentials.username()).required("password", credentials.password()).throwIfAny();
        AppUser user = AppUser.findByUsername(credentials.username().trim()).orElse(null);
        Instant now = Instant.now();
        if (user != null && user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            throw new ApiException(429, "sign-in-locked", lockMinutes);
        }
        boolean matches = credentials.password().length() <= 72
                && Secrets.passwordMatches(credentials.password(), user == null ? null : user.passwordHash);
        // Bookkeeping goes through bulk updates so it never moves the account's version (an admin's
        // edit based on the version they read must not fail because somebody signed in).
        if (user == null || !matches || !user.active) {
            if (user != null && !matches) {
                int failures = user.failedSignIns + 1;
                boolean lock = failures >= maxFailures;
                AppUser.update("failedSignIns = ?1, lockedUntil = ?2 where id = ?3", lock ? 0 : failures,
                        lock ? now.plus(Duration.ofMinutes(lockMinutes)) : user.lockedUntil, user.id);
            }
            throw new ApiException(401, "sign-in-failed");
        }
        AppUser.update("failedSignIns = 0, lockedUntil = null, lastSignInAt = ?1 where id = ?2", now, user.id);
        String secret = tokens.openSession(user);
        AccessToken session = AccessToken.findByHash(Secrets.hashToken(secret)).orElseThrow();
        return new Session(secret, UserView.of(user), session.expiresAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionResource.Me describe(Caller caller) {
        AppUser user = caller.userId() == null ? null : AppUser.findById(caller.userId());
        AccessToken token = AccessToken.findById(caller.tokenId());
        List<String> units = (user != null ? user.units : token.units).stream().map(u -> u.code).sorted().toList();
        return new SessionResource.Me(caller.name(), caller.roles().stream().sorted().toList(), units,
                user == null ? null : UserView.of(user));
    }

    @Transactional
    public void signOut(Caller caller) {
        AccessToken.<AccessToken>findByIdOptional(caller.tokenId()).ifPresent(t -> {
            if (t.kind == TokenKind.SESSION && t.revokedAt == null) {
                t.revokedAt = Instant.now();
            }
        });
    }
}
