package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.orgunit.OrgUnit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@Transactional
public class UserService {

    static final int MIN_PASSWORD = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    SignInThrottle throttle;

    @Inject
    TokenService tokens;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(PageRequest page) {
        return Page.of(AppUser.findAll(page.sort()), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(long id) {
        return view(find(id));
    }

    public UserView create(UserInput input) {
        AppUser user = new AppUser();
        apply(user, input, true);
        user.persist();
        return view(user);
    }

    /**
     * A new password, a deactivation or a role change ends every session of the account, the caller's
     * own included: whoever held one must sign in again under the new terms. The last active admin
     * cannot be demoted or deactivated — nobody could then manage accounts.
     */
    public UserView update(long id, String ifMatch, UserInput input) {
        AppUser user = find(id);
        Versions.requireMatch(ifMatch, user.version);
        Role roleBefore = user.role;
        boolean activeBefore = user.active;
        // Locked before anything changes, so that no flush of this change can come first.
        List<AppUser> admins = roleBefore == Role.ADMIN && activeBefore ? lockActiveAdmins() : List.of();
        apply(user, input, false);
        boolean leavesAdmins = !admins.isEmpty() && (user.role != Role.ADMIN || !user.active);
        if (leavesAdmins && admins.stream().allMatch(admin -> admin.id.equals(user.id))) {
            throw ApiException.conflict("last-admin", user.username);
        }
        boolean newPassword = input.password() != null;
        if (newPassword || user.role != roleBefore || (activeBefore && !user.active)) {
            tokens.endSessions(user);
        }
        if (newPassword) {
            throttle.forget(user.username);
        }
        user.touch();
        AppUser.flush();
        return view(user);
    }

    /**
     * The active admins, their rows locked (SELECT … FOR UPDATE, in id order) until the transaction
     * ends: of two admins demoting each other at once, the second waits for the first to commit, then
     * finds only the admin it is demoting — and is refused. Counting without the lock would let both pass.
     */
    private static List<AppUser> lockActiveAdmins() {
        return AppUser.<AppUser>find("role = ?1 and active = true order by id", Role.ADMIN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private UserView view(AppUser user) {
        return UserView.of(user, throttle.isThrottled(user.username, Instant.now()));
    }

    /** Used at first start (the configured admin) and for the demo accounts of {@code make run}. */
    public void createIfMissing(String username, String displayName, Role role, String password, String... units) {
        if (AppUser.findByUsername(username).isEmpty()) {
            create(new UserInput(username, displayName, role, List.of(units), password, true));
        }
    }

    static AppUser find(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("user", id));
    }

    private void apply(AppUser user, UserInput in, boolean creating) {
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        v.required("username", in.username()).text("displayName", in.displayName(), 200).required("role", in.role());
        if (in.username() != null && !in.username().matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            v.add("username", "username-format");
        } else if (in.username() != null && creating && AppUser.findByUsername(in.username()).isPresent()) {
            v.add("username", "duplicate", in.username());
        } else if (in.username() != null && !creating && !in.username().equals(user.username)) {
            v.add("username", "immutable");
        }
        if (creating || in.password() != null) {
            checkPassword(v, in.password());
        }
        Set<OrgUnit> units = new HashSet<>();
        List<String> codes = in.unitCodes() == null ? List.of() : in.unitCodes();
        for (int i = 0; i < codes.size(); i++) {
            OrgUnit unit = codes.get(i) == null ? null : OrgUnit.findByCode(codes.get(i)).orElse(null);
            if (unit == null) {
                v.add("unitCodes[" + i + "]", "unknown-code", codes.get(i));
            } else {
                units.add(unit);
            }
        }
        if (in.role() == Role.REPORTER && codes.isEmpty()) {
            v.add("unitCodes", "required");
        } else if (in.role() != null && in.role() != Role.REPORTER && !codes.isEmpty()) {
            v.add("unitCodes", "only-for-reporter");
        }
        v.throwIfAny();
        user.username = in.username();
        user.displayName = in.displayName().trim();
        user.role = in.role();
        user.units.clear();
        user.units.addAll(units);
        user.active = in.active() == null || in.active();
        if (in.password() != null) {
            user.passwordHash = Secrets.hashPassword(in.password());
        }
    }

    private static void checkPassword(Violations v, String password) {
        v.required("password", password);
        if (password != null && password.length() < MIN_PASSWORD) {
            v.add("password", "password-too-short", MIN_PASSWORD);
        } else if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            v.add("password", "too-long", MAX_PASSWORD_BYTES);
        }
    }
}
