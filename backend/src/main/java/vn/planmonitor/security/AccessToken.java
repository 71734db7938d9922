package vn.planmonitor.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.orgunit.OrgUnit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A bearer credential. Only the SHA-256 of its secret is stored; the secret is shown once, at creation. */
@Entity
@Table(name = "access_token")
public class AccessToken extends VersionedEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_kind", nullable = false)
    public TokenKind kind;

    @Column(nullable = false, length = 100)
    public String name;

    /** The signed-in person, for a SESSION token. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_scope", nullable = false)
    public TokenScope scope;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    /** Written by a bulk update (see TokenService), so using a token never moves its version. */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** An API token's requests a minute ({@link TokenRateLimit}); null: the configured default. */
    @Column(name = "rate_per_minute")
    public Integer ratePerMinute;

    /** For a WRITE API token: the units whose reports it may write. */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "access_token_unit", joinColumns = @JoinColumn(name = "token_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    public Set<OrgUnit> units = new HashSet<>();

    /**
     * The token with its person and both unit sets in one statement: every authenticated request runs
     * this, and the eager associations would otherwise cost a query each.
     */
    public static Optional<AccessToken> findByHash(String hash) {
        return find("select distinct t from AccessToken t left join fetch t.user u left join fetch u.units"
                + " left join fetch t.units where t.tokenHash = ?1", hash).singleResultOptional();
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now) && (user == null || user.active);
    }
}
