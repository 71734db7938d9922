package vn.planmonitor.indicator;

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
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.targets.Target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@Transactional
public class IndicatorService {

    @Inject
    Event<IndicatorChanged> changed;

    static final int MAX_REPORTING_UNITS = 10_000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorView> list(String planCode, ValueKind kind, Boolean active, PageRequest page) {
        Plan plan = planCode == null ? null : Plan.findByCode(planCode).orElseThrow(() ->
                ApiException.validation(List.of(new Violation("plan", "unknown-code", planCode))));
        Filter filter = new Filter().and("plan = :plan", "plan", plan).and("valueKind = :kind", "kind", kind)
                .and("active = :active", "active", active);
        return Page.of(Indicator.find(filter.query(), page.sort(), filter.parameters()), page, IndicatorView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(long id) {
        return IndicatorView.of(find(id));
    }

    public IndicatorView create(IndicatorInput input) {
        Indicator indicator = new Indicator();
        apply(indicator, input, true);
        indicator.persist();
        return IndicatorView.of(indicator);
    }

    public IndicatorView update(long id, String ifMatch, IndicatorInput input) {
        Indicator indicator = find(id);
        Versions.requireMatch(ifMatch, indicator.version);
        apply(indicator, input, false);
        indicator.touch();
        changed.fire(new IndicatorChanged(indicator.id));
        return IndicatorView.of(indicator);
    }

    public void delete(long id, String ifMatch) {
        Indicator indicator = find(id);
        Versions.requireMatch(ifMatch, indicator.version);
        if (Target.count("indicator", indicator) > 0) {
            throw ApiException.conflict("indicator-has-targets", indicator.code);
        }
        if (SubmissionValue.count("indicator", indicator) > 0) {
            throw ApiException.conflict("indicator-has-values", indicator.code);
        }
        indicator.delete();
        indicator.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
    }

    public static Indicator find(long id) {
        return Indicator.<Indicator>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("indicator", id));
    }

    private void apply(Indicator indicator, IndicatorInput in, boolean creating) {
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        Codes.checkIdentity(v, in.code(), creating ? null : indicator.code,
                code -> Indicator.findByCode(code).isPresent());
        v.required("planCode", in.planCode());
        Plan plan = null;
        if (in.planCode() != null && !in.planCode().isBlank()) {
            plan = Plan.findByCode(in.planCode()).orElse(null);
            if (plan == null) {
                v.add("planCode", "unknown-code", in.planCode());
            } else if (!creating && !plan.equals(indicator.plan)) {
                v.add("planCode", "immutable");
            }
        }
        v.text("nameVi", in.nameVi(), 300).text("nameEn", in.nameEn(), 300)
                .text("unitVi", in.unitVi(), 50).text("unitEn", in.unitEn(), 50)
                .required("valueKind", in.valueKind());
        boolean hasValues = !creating && SubmissionValue.count("indicator", indicator) > 0;
        if (hasValues && in.valueKind() != null && in.valueKind() != indicator.valueKind) {
            v.add("valueKind", "immutable-with-values");
        }
        if (!creating && in.valueKind() != null && in.valueKind() != indicator.valueKind
                && Target.count("indicator", indicator) > 0) {
            v.add("valueKind", "immutable-with-targets");
        }
        PeriodType periodType = in.periodType() == null ? PeriodType.YEARLY : in.periodType();
        if (hasValues && periodType != indicator.periodType) {
            v.add("periodType", "immutable-with-values");
        }
        boolean ratio = in.valueKind() == ValueKind.RATIO;
        checkRatioPart(v, ratio, "numerator", in.numeratorCode(), in.numeratorVi(), in.numeratorEn());
        checkRatioPart(v, ratio, "denominator", in.denominatorCode(), in.denominatorVi(), in.denominatorEn());
        if (ratio && in.numeratorCode() != null && in.numeratorCode().equals(in.denominatorCode())) {
            v.add("denominatorCode", "same-as-numerator");
        }
        boolean itemsRequired = Boolean.TRUE.equals(in.itemsRequired());
        if (itemsRequired && in.valueKind() != null && in.valueKind() != ValueKind.COUNT) {
            v.add("itemsRequired", "only-for-count");
        }
        v.maxLength("itemFlagVi", in.itemFlagVi(), 200).maxLength("itemFlagEn", in.itemFlagEn(), 200);
        boolean flagGiven = notBlank(in.itemFlagVi()) || notBlank(in.itemFlagEn());
        if (flagGiven && !itemsRequired) {
            v.add("itemFlagVi", "only-for-items");
        } else if (flagGiven && (!notBlank(in.itemFlagVi()) || !notBlank(in.itemFlagEn()))) {
            v.add(notBlank(in.itemFlagVi()) ? "itemFlagEn" : "itemFlagVi", "required");
        }
        if (in.reportingUnitTypes() == null || in.reportingUnitTypes().isEmpty()) {
            v.add("reportingUnitTypes", "required");
        } else if (in.reportingUnitTypes().contains(null)) {
            v.add("reportingUnitTypes", "invalid-format");
        }
        Set<OrgUnit> units = new HashSet<>();
        List<String> unitCodes = in.reportingUnitCodes() == null ? List.of() : in.reportingUnitCodes();
        if (unitCodes.size() > MAX_REPORTING_UNITS) {
            v.add("reportingUnitCodes", "too-many", MAX_REPORTING_UNITS);
        } else {
            for (int i = 0; i < unitCodes.size(); i++) {
                String code = unitCodes.get(i);
                OrgUnit unit = code == null ? null : OrgUnit.findByCode(code).orElse(null);
                if (unit == null) {
                    v.add("reportingUnitCodes[" + i + "]", "unknown-code", code);
                } else if (in.reportingUnitTypes() != null && !in.reportingUnitTypes().contains(unit.type)) {
                    v.add("reportingUnitCodes[" + i + "]", "unit-type-not-reporting", code, unit.type);
                } else {
                    units.add(unit);
                }
            }
        }
        v.throwIfAny();
        indicator.code = in.code();
        indicator.plan = plan;
        indicator.nameVi = in.nameVi().trim();
        indicator.nameEn = in.nameEn().trim();
        indicator.unitVi = in.unitVi().trim();
        indicator.unitEn = in.unitEn().trim();
        indicator.periodType = periodType;
        indicator.valueKind = in.valueKind();
        indicator.itemsRequired = itemsRequired;
        indicator.itemFlagVi = flagGiven ? in.itemFlagVi().trim() : null;
        indicator.itemFlagEn = flagGiven ? in.itemFlagEn().trim() : null;
        indicator.numeratorCode = ratio ? in.numeratorCode() : null;
        indicator.numeratorVi = ratio ? in.numeratorVi().trim() : null;
        indicator.numeratorEn = ratio ? in.numeratorEn().trim() : null;
        indicator.denominatorCode = ratio ? in.denominatorCode() : null;
        indicator.denominatorVi = ratio ? in.denominatorVi().trim() : null;
        indicator.denominatorEn = ratio ? in.denominatorEn().trim() : null;
        indicator.reportingUnitTypes.clear();
        indicator.reportingUnitTypes.addAll(in.reportingUnitTypes());
        indicator.reportingUnits.clear();
        indicator.reportingUnits.addAll(units);
        indicator.active = in.active() == null || in.active();
    }

    private static void checkRatioPart(Violations v, boolean ratio, String part, String code, String vi,
                                       String en) {
        if (ratio) {
            Codes.check(v, part + "Code", code);
            v.text(part + "Vi", vi, 200).text(part + "En", en, 200);
        } else {
            for (String[] field : new String[][]{{part + "Code", code}, {part + "Vi", vi}, {part + "En", en}}) {
                if (notBlank(field[1])) {
                    v.add(field[0], "only-for-ratio");
                }
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
