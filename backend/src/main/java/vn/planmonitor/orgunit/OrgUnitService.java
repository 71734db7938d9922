package vn.planmonitor.orgunit;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Filter;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violation;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.security.AccessToken;
import vn.planmonitor.security.AppUser;
import vn.planmonitor.submission.Submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
@Transactional
public class OrgUnitService {

    @Inject
    Clock clock;

    @Inject
    Event<UnitChanging> changing;

    @Inject
    Event<UnitChanged> changed;

    @Inject
    Event<UnitAdded> added;

    @Inject
    Event<UnitRemoved> removed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrgUnitView> list(String type, String parentCode, Boolean active, String text,
                                  PageRequest page) {
        OrgUnit parent = null;
        if (parentCode != null) {
            parent = OrgUnit.findByCode(parentCode).orElseThrow(() -> ApiException.validation(
                    List.of(new Violation("parent", "unknown-code", parentCode))));
        }
        Filter filter = new Filter()
                .and("type = :type", "type", type)
                .and("parent = :parent", "parent", parent)
                .and(Boolean.TRUE.equals(active) ? OrgUnit.VALID_ON : "not (" + OrgUnit.VALID_ON + ")", "day",
                        active == null ? null : today())
                .and("(lower(code) like :text or lower(nameVi) like :text or lower(nameEn) like :text)", "text",
                        text == null || text.isBlank() ? null : "%" + escapeLike(text.trim().toLowerCase()) + "%");
        LocalDate today = today();
        return Page.of(OrgUnit.<OrgUnit>find("from OrgUnit u where " + filter.query(),
                page.sort(), filter.parameters()), page, u -> OrgUnitView.of(u, today));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnitView get(long id) {
        return OrgUnitView.of(find(id), today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitView> subtree(long id) {
        LocalDate today = today();
        return OrgUnit.subtree(find(id)).stream().map(u -> OrgUnitView.of(u, today)).toList();
    }

    public OrgUnitView create(OrgUnitInput input) {
        OrgUnit unit = new OrgUnit();
        apply(unit, input, true);
        unit.persist();
        added.fire(new UnitAdded(unit.id));
        return OrgUnitView.of(unit, today());
    }

    public OrgUnitView update(long id, String ifMatch, OrgUnitInput input) {
        OrgUnit unit = find(id);
        Versions.requireMatch(ifMatch, unit.version);
        changing.fire(new UnitChanging(unit.id));
        apply(unit, input, false);
        changed.fire(new UnitChanged(unit.id));
        return OrgUnitView.of(unit, today());
    }

    public void delete(long id, String ifMatch) {
        OrgUnit unit = find(id);
        Versions.requireMatch(ifMatch, unit.version);
        if (OrgUnit.countChildren(unit) > 0) {
            throw ApiException.conflict("org-unit-has-children", unit.code);
        }
        if (Indicator.count("?1 member of reportingUnits", unit) > 0 || AppUser.count("?1 member of units", unit) > 0
                || AccessToken.count("?1 member of units", unit) > 0) {
            throw ApiException.conflict("org-unit-in-use", unit.code);
        }
        if (Submission.count("orgUnit", unit) > 0) {
            throw ApiException.conflict("org-unit-has-submissions", unit.code);
        }
        unit.delete();
        unit.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
        removed.fire(new UnitRemoved(id, unit.code));
    }

    /** '%' and '_' typed in a search box mean themselves. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static OrgUnit find(long id) {
        return OrgUnit.<OrgUnit>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("org-unit", id));
    }

    private void apply(OrgUnit unit, OrgUnitInput input, boolean creating) {
        if (input == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        Codes.checkIdentity(v, input.code(), creating ? null : unit.code,
                code -> OrgUnit.findByCode(code).isPresent());
        v.text("nameVi", input.nameVi(), 200).text("nameEn", input.nameEn(), 200).required("type", input.type());
        UnitType type = v.has("type") ? null : UnitType.findByCode(input.type()).orElse(null);
        if (!v.has("type") && type == null) {
            UnitType.checkExists(v, "type", input.type());
        }
        OrgUnit parent = null;
        if (input.parentCode() != null && !input.parentCode().isBlank()) {
            parent = OrgUnit.findByCode(input.parentCode()).orElse(null);
            if (parent == null) {
                v.add("parentCode", "unknown-code", input.parentCode());
            } else if (!creating && unit.isSelfOrAncestorOf(parent)) {
                v.add("parentCode", "parent-cycle");
            }
        } else if (type != null && !type.topLevel) {
            v.add("parentCode", "required");
        }
        LocalDate validFrom = input.validFrom() != null || creating ? input.validFrom() : unit.validFrom;
        LocalDate validTo = validTo(unit, input, creating);
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            v.add("validTo", "not-after-valid-from", validTo, validFrom);
        }
        if (input.active() != null && input.validTo() != null && validTo.isAfter(today()) != input.active()) {
            v.add("active", "contradicts-valid-to", input.active(), validTo);
        }
        v.throwIfAny();
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.code = input.code();
        unit.nameVi = input.nameVi().trim();
        unit.nameEn = input.nameEn().trim();
        unit.type = input.type();
        unit.parent = parent;
    }

    /**
     * An explicit {@code validTo} wins. Otherwise {@code active} (true when left out, as before the dates):
     * false ends the unit today, or keeps the end of a unit already ended; true clears a past end (the unit
     * is valid again) and keeps a future one.
     */
    private LocalDate validTo(OrgUnit unit, OrgUnitInput input, boolean creating) {
        if (input.validTo() != null) {
            return input.validTo();
        }
        LocalDate today = today();
        boolean endedNow = !creating && unit.validTo != null && !unit.validTo.isAfter(today);
        if (Boolean.FALSE.equals(input.active())) {
            return endedNow ? unit.validTo : today;
        }
        return creating || endedNow ? null : unit.validTo;
    }
}
