package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.RetryOnConflict;
import vn.planmonitor.common.Violations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Username and password in, a session token out. Guessing is slowed by {@link SignInThrottle}
 * (per client address and username), and every refusal reads the same whether the username
 * exists or not.
 */
@ApplicationScoped
public class SignInService {

    @Inject
    TokenService tokens;

    @Inject
    SignInThrottle throttle;

    public record Session(String token, UserView user, Instant expiresAt) {
    }

    public record Credentials(String username, String password) {
    }

    /**
     * Retried on a write conflict: two sign-ins to one account through two cluster nodes both write its
     * last sign-in time. A wrong password is recorded in a transaction of its own, never retried.
     */
    @RetryOnConflict
    @Transactional
    public Session signIn(Credentials credentials, String clientAddress) {
        Violations v = new Violations();
        if (credentials == null) {
            throw ApiException.badRequest("body-required");
        }
        v.required("username", credentials.username()).required("password", credentials.password()).throwIfAny();
        String username = credentials.username().trim();
        Instant now = Instant.now();
        // Before the password is checked: during a wait even the right password is refused, or the
        // wait itself would confirm a guess.
        throttle.waitFor(clientAddress, username, now).ifPresent(wait -> {
            throw ApiException.tooManyRequests("sign-in-locked", wait, minutes(wait));
        });
        AppUser user = AppUser.findByUsername(username).orElse(null);
        boolean matches = credentials.password().length() <= 72
                && Secrets.passwordMatches(credentials.password(), user == null ? null : user.passwordHash);
        if (user == null || !matches || !user.active) {
            throttle.failed(clientAddress, username, now);
            throw new ApiException(401, "sign-in-failed");
        }
        throttle.succeeded(clientAddress, username);
        // A bulk update, so it never moves the account's version (an admin's edit based on the
        // version they read must not fail because somebody signed in).
        AppUser.update("lastSignInAt = ?1 where id = ?2", now, user.id);
        String secret = tokens.openSession(user);
        AccessToken session = AccessToken.findByHash(Secrets.hashToken(secret)).orElseThrow();
        return new Session(secret, UserView.of(user, false), session.expiresAt);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionResource.Me describe(Caller caller) {
        AppUser user = caller.userId() == null ? null : AppUser.findById(caller.userId());
        AccessToken token = AccessToken.findById(caller.tokenId());
        List<String> units = (user != null ? user.units : token.units).stream().map(u -> u.code).sorted().toList();
        return new SessionResource.Me(caller.name(), caller.roles().stream().sorted().toList(), units,
                user == null ? null : UserView.of(user, throttle.isThrottled(user.username, Instant.now())));
    }

    /**
     * Signing out ends a session. An API token is not a session: it is refused rather than revoked,
     * so a script that "signs out" cannot silently kill the token other systems share — an admin
     * revokes tokens with {@code DELETE /api/v1/tokens/{id}}.
     */
    @Transactional
    public void signOut(Caller caller) {
        AccessToken token = AccessToken.<AccessToken>findByIdOptional(caller.tokenId())
                .orElseThrow(() -> new ApiException(401, "unauthorized"));
        if (token.kind != TokenKind.SESSION) {
            throw new ApiException(403, "not-a-session");
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
    }
}
