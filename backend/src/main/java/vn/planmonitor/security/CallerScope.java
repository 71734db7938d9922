package vn.planmonitor.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.planmonitor.orgunit.OrgUnit;

import java.util.Set;

/**
 * Object-level checks on units, done on the server for every report the caller touches — roles
 * alone would let a reporter of Phường 1 reach Phường 2's report by its id.
 */
@RequestScoped
public class CallerScope {

    @Inject
    SecurityIdentity identity;

    public Caller caller() {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(Caller.ATTRIBUTE);
    }

    public String name() {
        Caller caller = caller();
        return caller == null ? "anonymous" : caller.name();
    }

    /** Units whose reports the caller may read; null means every unit. */
    public Set<Long> readableUnits() {
        Caller caller = caller();
        if (caller == null) {
            return Set.of();
        }
        return caller.has(Role.READER_ROLE) ? null : caller.units() == null ? null : caller.units();
    }

    public boolean mayRead(OrgUnit unit) {
        Set<Long> units = readableUnits();
        return units == null || units.contains(unit.id);
    }

    public boolean mayWrite(OrgUnit unit) {
        Caller caller = caller();
        return caller != null && caller.has(Role.REPORTER_ROLE)
                && (caller.units() == null || caller.units().contains(unit.id));
    }
}
