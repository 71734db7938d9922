package vn.planmonitor.orgunit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.CallerScope;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges and splits. Everything is checked before anything is written, so a refused reorganisation leaves
 * no trace. Reports stay with the unit that made them: the ending units keep theirs and stop being
 * expected in the periods whose last day falls on or after the effective date; the new units are expected
 * from then on ({@link OrgUnit#isExpectedIn}). Validities cannot overlap: the ending units' validTo and the
 * new units' validFrom are the same day, a unit already ended or reorganised cannot end again, and a new
 * unit's code is new.
 */
@ApplicationScoped
@Transactional
public class ReorganisationService {

    @Inject
    Clock clock;

    @Inject
    CallerScope caller;

    @Inject
    Event<UnitChanging> changing;

    @Inject
    Event<UnitChanged> changed;

    @Inject
    Event<UnitAdded> added;

    public ReorganisationView record(ReorganisationInput input) {
        if (input == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        LocalDate date = input.effectiveDate();
        v.required("effectiveDate", date);
        List<String> endingCodes = input.endingCodes() == null ? List.of() : input.endingCodes();
        List<ReorganisationInput.NewUnit> begins = input.begins() == null ? List.of() : input.begins();
        if (endingCodes.isEmpty()) {
            v.add("endingCodes", "required");
        }
        if (begins.isEmpty()) {
            v.add("begins", "required");
        }
        Map<String, OrgUnit> ending = new LinkedHashMap<>();
        String type = null;
        for (int i = 0; i < endingCodes.size(); i++) {
            String field = "endingCodes[" + i + "]";
            String code = endingCodes.get(i);
            OrgUnit unit = code == null ? null : OrgUnit.findByCode(code).orElse(null);
            if (unit == null) {
                v.add(field, "unknown-code", code);
                continue;
            }
            if (ending.put(unit.code, unit) != null) {
                v.add(field, "duplicate", code);
                continue;
            }
            if (type == null) {
                type = unit.type;
            } else if (!type.equals(unit.type)) {
                v.add(field, "type-differs", unit.type, type);
            }
            if (date != null && !(unit.isValidOn(date.minusDays(1)) && unit.isValidOn(date))) {
                // It must exist on the day before the date (its last day) and on the date itself (the day it
                // is taken over): a unit already ended, or not yet begun, cannot end then.
                v.add("effectiveDate", "outside-validity", unit.code, orDash(unit.validFrom), orDash(unit.validTo));
            }
            if (successorCount(unit) > 0) {
                v.add(field, "already-reorganised", unit.code);
            }
            if (date != null && OrgUnit.<OrgUnit>list("parent", unit).stream().anyMatch(c -> c.isValidOn(date))) {
                v.add(field, "has-valid-children", unit.code);
            }
        }
        Set<String> newCodes = new HashSet<>();
        List<OrgUnit> created = new ArrayList<>();
        for (int i = 0; i < begins.size(); i++) {
            String at = "begins[" + i + "]";
            ReorganisationInput.NewUnit in = begins.get(i);
            if (in == null) {
                v.add(at, "required");
                continue;
            }
            Violations one = new Violations();
            Codes.checkIdentity(one, in.code(), null, code -> OrgUnit.findByCode(code).isPresent());
            if (!one.has("code") && !newCodes.add(in.code())) {
                one.add("code", "duplicate", in.code());
            }
            one.text("nameVi", in.nameVi(), 200).text("nameEn", in.nameEn(), 200).required("type", in.type());
            UnitType unitType = one.has("type") ? null : UnitType.findByCode(in.type()).orElse(null);
            if (!one.has("type") && unitType == null) {
                UnitType.checkExists(one, "type", in.type());
            } else if (unitType != null && type != null && !type.equals(unitType.code)) {
                one.add("type", "type-differs", unitType.code, type);
            }
            OrgUnit parent = null;
            if (in.parentCode() != null && !in.parentCode().isBlank()) {
                parent = OrgUnit.findByCode(in.parentCode()).orElse(null);
                if (parent == null) {
                    one.add("parentCode", "unknown-code", in.parentCode());
                } else if (date != null && (ending.containsKey(parent.code) || !parent.isValidOn(date))) {
                    one.add("parentCode", "parent-not-valid", parent.code, date);
                }
            } else if (unitType != null && !unitType.topLevel) {
                one.add("parentCode", "required");
            }
            v.addAll(at, one);
            if (one.isEmpty()) {
                OrgUnit unit = new OrgUnit();
                unit.code = in.code();
                unit.nameVi = in.nameVi().trim();
                unit.nameEn = in.nameEn().trim();
                unit.type = unitType.code;
                unit.parent = parent;
                unit.validFrom = date;
                created.add(unit);
            }
        }
        v.throwIfAny();

        LocalDate today = LocalDate.now(clock);
        for (OrgUnit unit : ending.values()) {
            changing.fire(new UnitChanging(unit.id));
            unit.validTo = date;
            changed.fire(new UnitChanged(unit.id));
        }
        created.forEach(u -> u.persist());
        Panache.getEntityManager().flush();
        created.forEach(u -> added.fire(new UnitAdded(u.id)));
        String by = caller.name();
        for (OrgUnit predecessor : ending.values()) {
            for (OrgUnit successor : created) {
                Panache.getEntityManager().createNativeQuery("INSERT INTO org_unit_succession (predecessor_id,"
                                + " successor_id, effective_date, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, predecessor.id).setParameter(2, successor.id)
                        .setParameter(3, Date.valueOf(date)).setParameter(4, Instant.now())
                        .setParameter(5, by).executeUpdate();
            }
        }
        return new ReorganisationView(date, ending.values().stream().map(u -> OrgUnitView.of(u, today)).toList(),
                created.stream().map(u -> OrgUnitView.of(u, today)).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LineageView lineage(long id) {
        OrgUnit unit = OrgUnitService.find(id);
        return new LineageView(unit.code, unit.validFrom, unit.validTo, walk(unit, true), walk(unit, false));
    }

    /** Every unit before (or after) this one through the recorded reorganisations, nearest first. */
    private static List<LineageView.Link> walk(OrgUnit start, boolean back) {
        String sql = back
                ? "SELECT predecessor_id, effective_date FROM org_unit_succession WHERE successor_id = ?1 ORDER BY predecessor_id"
                : "SELECT successor_id, effective_date FROM org_unit_succession WHERE predecessor_id = ?1 ORDER BY successor_id";
        List<LineageView.Link> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Long> level = List.of(start.id);
        while (!level.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (long id : level) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter(1, id)
                        .getResultList();
                for (Object[] row : rows) {
                    long other = ((Number) row[0]).longValue();
                    if (!seen.add(other)) {
                        continue;
                    }
                    OrgUnit u = OrgUnit.findById(other);
                    links.add(new LineageView.Link(u.code, u.nameVi, u.nameEn, u.type, u.validFrom, u.validTo,
                            toDate(row[1])));
                    next.add(other);
                }
            }
            level = next;
        }
        return links;
    }

    private static String orDash(LocalDate day) {
        return day == null ? "…" : day.toString();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static long successorCount(OrgUnit unit) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM org_unit_succession WHERE predecessor_id = ?1").setParameter(1, unit.id)
                .getSingleResult()).longValue();
    }
}
