package vn.planmonitor.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.orgunit.OrgUnit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who signs in to the app. A REPORTER enters data only for the units assigned here. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** BCrypt: slow and salted, so a leaked table does not give the passwords away. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "user_role", nullable = false)
    public Role role;

    @Column(nullable = false)
    public boolean active;

    /**
     * No longer counted: failed sign-ins are throttled per client address in memory (SignInThrottle),
     * so one stranger cannot lock the account. The column stays (NOT NULL in released databases), as
     * does {@code locked_until}, which nothing reads any more.
     */
    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    /** Written by a bulk update (see SignInService): signing in is not an edit and never moves the version. */
    @Column(name = "last_sign_in_at")
    public Instant lastSignInAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    public Set<OrgUnit> units = new HashSet<>();

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
