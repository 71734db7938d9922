package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.orgunit.OrgUnit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** API tokens for other systems, managed by an admin. Sessions of people are not listed here. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    /** Above this a limit no longer protects anything (1,000 requests a second from one token). */
    static final int MAX_RATE_PER_MINUTE = 60_000;

    @Inject
    CallerScope scope;

    @Inject
    ApiTokenConfig config;

    public record TokenInput(String name, TokenScope scope, List<String> unitCodes, Instant expiresAt,
                             Integer ratePerMinute) {
    }

    /** {@code ratePerMinute} is the rate in force: the token's own, or the default when it has none. */
    public record TokenView(long id, String name, TokenScope scope, List<String> unitCodes, Instant expiresAt,
                            Instant revokedAt, boolean usable, String createdBy, Instant lastUsedAt,
                            Instant createdAt, long version, int ratePerMinute, boolean defaultRate) {

        static TokenView of(AccessToken t, int defaultRatePerMinute) {
            return new TokenView(t.id, t.name, t.scope, t.units.stream().map(u -> u.code).sorted().toList(),
                    t.expiresAt, t.revokedAt, t.isUsableAt(Instant.now()), t.createdBy, t.lastUsedAt, t.createdAt,
                    t.version, t.ratePerMinute == null ? defaultRatePerMinute : t.ratePerMinute,
                    t.ratePerMinute == null);
        }
    }

    /** The only response that ever contains the secret. */
    public record CreatedToken(String secret, TokenView token) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TokenView> list(PageRequest page) {
        return Page.of(AccessToken.find("kind", page.sort(), TokenKind.API), page, this::view);
    }

    public CreatedToken create(TokenInput in) {
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        v.text("name", in.name(), 100).required("scope", in.scope()).required("expiresAt", in.expiresAt());
        Instant now = Instant.now();
        if (in.expiresAt() != null && (!in.expiresAt().isAfter(now) || in.expiresAt().isAfter(now.plus(MAX_LIFETIME)))) {
            v.add("expiresAt", "expiry-out-of-range", MAX_LIFETIME.toDays());
        }
        List<String> codes = in.unitCodes() == null ? List.of() : in.unitCodes();
        Set<OrgUnit> units = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            OrgUnit unit = codes.get(i) == null ? null : OrgUnit.findByCode(codes.get(i)).orElse(null);
            if (unit == null) {
                v.add("unitCodes[" + i + "]", "unknown-code", codes.get(i));
            } else {
                units.add(unit);
            }
        }
        if (in.scope() == TokenScope.WRITE && codes.isEmpty()) {
            v.add("unitCodes", "required");
        } else if (in.scope() == TokenScope.READ && !codes.isEmpty()) {
            v.add("unitCodes", "only-for-write");
        }
        if (in.ratePerMinute() != null && (in.ratePerMinute() < 1 || in.ratePerMinute() > MAX_RATE_PER_MINUTE)) {
            v.add("ratePerMinute", "out-of-range", 1, MAX_RATE_PER_MINUTE);
        }
        v.throwIfAny();
        String secret = Secrets.newTokenSecret();
        AccessToken token = new AccessToken();
        token.tokenHash = Secrets.hashToken(secret);
        token.kind = TokenKind.API;
        token.name = in.name().trim();
        token.scope = in.scope();
        token.units.addAll(units);
        token.expiresAt = in.expiresAt();
        token.ratePerMinute = in.ratePerMinute();
        token.createdBy = scope.name();
        token.persist();
        return new CreatedToken(secret, view(token));
    }

    private TokenView view(AccessToken token) {
        return TokenView.of(token, config.defaultRatePerMinute());
    }

    public void revoke(long id, String ifMatch) {
        AccessToken token = AccessToken.<AccessToken>findByIdOptional(id)
                .filter(t -> t.kind == TokenKind.API)
                .orElseThrow(() -> ApiException.notFound("token", id));
        Versions.requireMatch(ifMatch, token.version);
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
    }
}
