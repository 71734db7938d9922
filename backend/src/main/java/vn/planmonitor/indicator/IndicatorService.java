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
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.period.PeriodRollUp;
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

    @Inject
    Event<IndicatorAdded> added;

    @Inject
    Event<IndicatorRemoved> removed;

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
        if (indicator.isDerived()) {
            Formulas.writeLeaves(indicator.plan);
        }
        added.fire(new IndicatorAdded(indicator.id));
        return IndicatorView.of(indicator);
    }

    public IndicatorView update(long id, String ifMatch, IndicatorInput input) {
        Indicator indicator = find(id);
        Versions.requireMatch(ifMatch, indicator.version);
        boolean wasDerived = indicator.isDerived();
        apply(indicator, input, false);
        indicator.touch();
        if (wasDerived || indicator.isDerived()) {
            // One formula's change moves the leaves of every formula built on it: their figures follow.
            for (Indicator derived : Formulas.writeLeaves(indicator.plan)) {
                if (!derived.equals(indicator)) {
                    changed.fire(new IndicatorChanged(derived.id));
                }
            }
        }
        changed.fire(new IndicatorChanged(indicator.id));
        return IndicatorView.of(indicator);
    }

    /**
     * One indicator of an imported plan definition, checked by the same rules as POST and PUT: created when
     * its code is new, otherwise updated without If-Match (the import is one decision over the whole document).
     * A code another plan uses is refused as on creation ({@code duplicate}).
     */
    // A refusal must not doom the import's transaction: it goes on checking the other items to name them all.
    @Transactional(dontRollbackOn = ApiException.class)
    public Indicator upsert(IndicatorInput input) {
        Indicator existing = input == null || input.code() == null ? null
                : Indicator.findByCode(input.code()).orElse(null);
        if (existing == null || !existing.plan.code.equals(input.planCode())) {
            create(input);
            return Indicator.findByCode(input.code()).orElseThrow();
        }
        update(existing.id, Versions.etag(existing.version), input);
        return existing;
    }

    public void delete(long id, String ifMatch) {
        Indicator indicator = find(id);
        Versions.requireMatch(ifMatch, indicator.version);
        usedInFormula(indicator);
        if (Target.count("indicator", indicator) > 0) {
            throw ApiException.conflict("indicator-has-targets", indicator.code);
        }
        if (SubmissionValue.count("indicator", indicator) > 0) {
            throw ApiException.conflict("indicator-has-values", indicator.code);
        }
        indicator.delete();
        indicator.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
        removed.fire(new IndicatorRemoved(id, indicator.code, indicator.plan.code));
    }

    /** An operand cannot go (deleted or deactivated) while a formula uses it: the figure would lose a part. */
    private static void usedInFormula(Indicator indicator) {
        List<Indicator> users = Indicator.usingAsOperand(indicator);
        if (!users.isEmpty()) {
            throw ApiException.conflict("indicator-used-in-formula", indicator.code, users.get(0).code);
        }
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
                .text("unitVi", in.unitVi(), 50).text("unitEn", in.unitEn(), 50);
        boolean derived = in.formula() != null;
        // A derived indicator's kind follows from its formula: a percentage for ÷, a number otherwise.
        ValueKind kind = in.valueKind();
        if (derived) {
            ValueKind computed = in.formula().operator() == null ? null : in.formula().operator().valueKind();
            if (kind != null && computed != null && kind != computed) {
                v.add("valueKind", "derived-kind", computed);
            }
            kind = computed;
            checkNotForDerived(v, in);
        } else {
            v.required("valueKind", kind);
        }
        boolean hasValues = !creating && SubmissionValue.count("indicator", indicator) > 0;
        if (hasValues && kind != null && kind != indicator.valueKind) {
            v.add("valueKind", "immutable-with-values");
        }
        if (hasValues && derived) {
            v.add("formula", "immutable-with-values");
        }
        if (!creating && kind != null && kind != indicator.valueKind
                && Target.count("indicator", indicator) > 0) {
            v.add(derived ? "formula.operator" : "valueKind", "immutable-with-targets");
        }
        PeriodType periodType = in.periodType() == null ? PeriodType.YEARLY : in.periodType();
        if (hasValues && periodType != indicator.periodType) {
            v.add("periodType", "immutable-with-values");
        }
        List<Indicator> formulasUsingIt = creating ? List.of() : Indicator.usingAsOperand(indicator);
        if (!formulasUsingIt.isEmpty()) {
            if (kind == ValueKind.BOOLEAN || kind == ValueKind.RATIO) {
                v.add(derived ? "formula.operator" : "valueKind", "used-in-formula", formulasUsingIt.get(0).code);
            }
            if (periodType != indicator.periodType) {
                v.add("periodType", "used-in-formula", formulasUsingIt.get(0).code);
            }
        }
        checkRollUp(v, in.periodRollUp(), periodType, kind, derived);
        Formulas.Operands operands = derived ? Formulas.check(v, in.formula(), creating ? null : indicator,
                in.code(), plan, periodType) : null;
        boolean ratio = !derived && kind == ValueKind.RATIO;
        if (!derived) {
            checkRatioPart(v, ratio, "numerator", in.numeratorCode(), in.numeratorVi(), in.numeratorEn());
            checkRatioPart(v, ratio, "denominator", in.denominatorCode(), in.denominatorVi(), in.denominatorEn());
        }
        if (ratio && in.numeratorCode() != null && in.numeratorCode().equals(in.denominatorCode())) {
            v.add("denominatorCode", "same-as-numerator");
        }
        boolean itemsRequired = Boolean.TRUE.equals(in.itemsRequired());
        if (itemsRequired && kind != null && kind != ValueKind.COUNT && !derived) {
            v.add("itemsRequired", "only-for-count");
        }
        v.maxLength("itemFlagVi", in.itemFlagVi(), 200).maxLength("itemFlagEn", in.itemFlagEn(), 200);
        boolean flagGiven = notBlank(in.itemFlagVi()) || notBlank(in.itemFlagEn());
        if (flagGiven && !itemsRequired && !derived) {
            v.add("itemFlagVi", "only-for-items");
        } else if (flagGiven && (!notBlank(in.itemFlagVi()) || !notBlank(in.itemFlagEn()))) {
            v.add(notBlank(in.itemFlagVi()) ? "itemFlagEn" : "itemFlagVi", "required");
        }
        if (derived) {
            // Nobody reports a derived indicator: checkNotForDerived refused any reporting unit.
        } else if (in.reportingUnitTypes() == null || in.reportingUnitTypes().isEmpty()) {
            v.add("reportingUnitTypes", "required");
        } else if (in.reportingUnitTypes().contains(null)) {
            v.add("reportingUnitTypes", "invalid-format");
        } else {
            for (int i = 0; i < in.reportingUnitTypes().size(); i++) {
                UnitType.checkExists(v, "reportingUnitTypes[" + i + "]", in.reportingUnitTypes().get(i));
            }
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
        if (!formulasUsingIt.isEmpty() && Boolean.FALSE.equals(in.active())) {
            usedInFormula(indicator);
        }
        indicator.code = in.code();
        indicator.plan = plan;
        indicator.nameVi = in.nameVi().trim();
        indicator.nameEn = in.nameEn().trim();
        indicator.unitVi = in.unitVi().trim();
        indicator.unitEn = in.unitEn().trim();
        indicator.periodType = periodType;
        indicator.valueKind = kind;
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
        if (!derived) {
            indicator.reportingUnitTypes.addAll(in.reportingUnitTypes());
        }
        indicator.reportingUnits.clear();
        indicator.reportingUnits.addAll(units);
        indicator.active = in.active() == null || in.active();
        indicator.periodRollUp = in.periodRollUp();
        indicator.formulaOperator = derived ? in.formula().operator() : null;
        indicator.formulaA = derived ? operands.a() : null;
        indicator.formulaB = derived ? operands.b() : null;
        indicator.formulaFactor = derived ? operands.factor() : null;
    }

    /**
     * A roll-up makes a year of months or quarters: a yearly indicator has nothing to roll up. FLOW adds
     * numbers up (not yes/no answers, nor percentages), RATIO adds up a ratio's parts; STOCK takes the last
     * period of any kind. A derived indicator is computed period by period from its operands.
     */
    private static void checkRollUp(Violations v, PeriodRollUp rollUp, PeriodType periodType, ValueKind kind,
                                    boolean derived) {
        if (rollUp == null) {
            return;
        }
        if (derived) {
            v.add("periodRollUp", "not-for-derived");
        } else if (periodType == PeriodType.YEARLY) {
            v.add("periodRollUp", "only-for-sub-year");
        } else if (kind != null && ((rollUp == PeriodRollUp.FLOW && kind != ValueKind.NUMBER && kind != ValueKind.COUNT)
                || (rollUp == PeriodRollUp.RATIO && kind != ValueKind.RATIO))) {
            v.add("periodRollUp", "roll-up-not-for-kind", rollUp, kind);
        }
    }

    /** What only a reported indicator has: its parts, named items, who reports it. */
    private static void checkNotForDerived(Violations v, IndicatorInput in) {
        Object[][] fields = {{"numeratorCode", in.numeratorCode()}, {"numeratorVi", in.numeratorVi()},
                {"numeratorEn", in.numeratorEn()}, {"denominatorCode", in.denominatorCode()},
                {"denominatorVi", in.denominatorVi()}, {"denominatorEn", in.denominatorEn()},
                {"itemFlagVi", in.itemFlagVi()}, {"itemFlagEn", in.itemFlagEn()}};
        for (Object[] field : fields) {
            if (field[1] instanceof String s && !s.isBlank()) {
                v.add((String) field[0], "not-for-derived");
            }
        }
        if (Boolean.TRUE.equals(in.itemsRequired())) {
            v.add("itemsRequired", "not-for-derived");
        }
        if (in.reportingUnitTypes() != null && !in.reportingUnitTypes().isEmpty()) {
            v.add("reportingUnitTypes", "not-for-derived");
        }
        if (in.reportingUnitCodes() != null && !in.reportingUnitCodes().isEmpty()) {
            v.add("reportingUnitCodes", "not-for-derived");
        }
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
