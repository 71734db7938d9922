package vn.planmonitor.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;

import java.util.List;

/**
 * Kinds of reporting unit. The code is what units and indicators store, so it never changes; names and
 * order can. A type stays while a unit is of it or an indicator is reported by it.
 */
@ApplicationScoped
@Transactional
public class UnitTypeService {

    /** The unit_type.code column (org_unit.unit_type and indicator_unit_type.unit_type are as wide). */
    static final int CODE_LENGTH = 30;
    static final int MAX_SORT_ORDER = 1_000_000;
    /** How many of the units or indicators using a type the 409 names. */
    private static final int NAMED_IN_CONFLICT = 3;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitTypeView> list(PageRequest page) {
        return Page.of(UnitType.findAll(page.sort()), page, UnitTypeView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitTypeView get(long id) {
        return UnitTypeView.of(find(id));
    }

    public UnitTypeView create(UnitTypeInput input) {
        UnitType type = new UnitType();
        apply(type, input, true);
        type.persist();
        return UnitTypeView.of(type);
    }

    public UnitTypeView update(long id, String ifMatch, UnitTypeInput input) {
        UnitType type = find(id);
        Versions.requireMatch(ifMatch, type.version);
        apply(type, input, false);
        type.flush(); // the answer carries the new version
        return UnitTypeView.of(type);
    }

    public void delete(long id, String ifMatch) {
        UnitType type = find(id);
        Versions.requireMatch(ifMatch, type.version);
        long units = OrgUnit.count("type", type.code);
        if (units > 0) {
            List<String> codes = OrgUnit.<OrgUnit>find("type = ?1 order by code", type.code).page(0, NAMED_IN_CONFLICT)
                    .list().stream().map(u -> u.code).toList();
            throw ApiException.conflict("unit-type-in-use", type.code, units, named(codes, units));
        }
        List<String> indicators = Indicator.<Indicator>list("?1 member of reportingUnitTypes order by code", type.code)
                .stream().map(i -> i.code).toList();
        if (!indicators.isEmpty()) {
            throw ApiException.conflict("unit-type-reports-indicators", type.code, indicators.size(),
                    named(indicators.subList(0, Math.min(NAMED_IN_CONFLICT, indicators.size())), indicators.size()));
        }
        type.delete();
        type.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
    }

    /** "P01, P02, P03, …" — the first few, and an ellipsis when there are more. */
    private static String named(List<String> first, long total) {
        return String.join(", ", first) + (total > first.size() ? ", …" : "");
    }

    static UnitType find(long id) {
        return UnitType.<UnitType>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("unit-type", id));
    }

    private void apply(UnitType type, UnitTypeInput input, boolean creating) {
        if (input == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        Codes.checkIdentity(v, input.code(), creating ? null : type.code,
                code -> UnitType.findByCode(code).isPresent());
        if (!v.has("code")) {
            v.maxLength("code", input.code(), CODE_LENGTH);
        }
        v.text("nameVi", input.nameVi(), 200).text("nameEn", input.nameEn(), 200).required("sortOrder", input.sortOrder());
        if (input.sortOrder() != null && (input.sortOrder() < 0 || input.sortOrder() > MAX_SORT_ORDER)) {
            v.add("sortOrder", "out-of-range", 0, MAX_SORT_ORDER);
        }
        boolean topLevel = Boolean.TRUE.equals(input.topLevel());
        // Whether units of the type need a parent was settled when they were placed; changing it would
        // leave them wrong one way or the other.
        if (!creating && topLevel != type.topLevel) {
            v.add("topLevel", "immutable");
        }
        v.throwIfAny();
        type.code = input.code();
        type.nameVi = input.nameVi().trim();
        type.nameEn = input.nameEn().trim();
        type.sortOrder = input.sortOrder();
        type.topLevel = topLevel;
    }
}
