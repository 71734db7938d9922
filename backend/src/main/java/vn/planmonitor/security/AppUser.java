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
import java.util.List;
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

    /** Where notification mails go; null: none are sent (the inbox still fills). Set by the account itself. */
    @Column(length = 254)
    public String email;

    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled = true;

    /** The language of this account's mails: {@code vi} (the default) or {@code en}. */
    @Column(name = "email_language", nullable = false, length = 2)
    public String emailLanguage = MailLanguage.DEFAULT;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    public Set<OrgUnit> units = new HashSet<>();

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The active accounts of one role, e.g. the reviewers told of a report waiting for them. */
    public static List<AppUser> listActive(Role role) {
        return list("role = ?1 and active = true order by id", role);
    }

    /** The active reporters assigned to this unit: the only people told about its reports. */
    public static List<AppUser> listReportersOf(OrgUnit unit) {
        return list("select u from AppUser u join u.units unit where unit = ?1 and u.role = ?2 and u.active = true"
                + " order by u.id", unit, Role.REPORTER);
    }

    /** Where this account's mails go, or empty when it has none or has turned them off. */
    public Optional<String> mailAddress() {
        return emailEnabled ? Optional.ofNullable(email) : Optional.empty();
    }
}
