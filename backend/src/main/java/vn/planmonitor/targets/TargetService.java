package vn.planmonitor.targets;

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
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.ValueProblem;
import vn.planmonitor.submission.ValueRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional
public class TargetService {

    @Inject
    Event<TargetChanged> changed;

    @Inject
    Event<TargetRemoved> removed;

    @Inject
    TargetRevisions revisions;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("999999999999999");

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TargetView> list(String planCode, String indicatorCode, PageRequest page) {
        Violations v = new Violations();
        Plan plan = planCode == null ? null : Plan.findByCode(planCode).orElse(null);
        if (planCode != null && plan == null) {
            v.add("plan", "unknown-code", planCode);
        }
        Indicator indicator = indicatorCode == null ? null : Indicator.findByCode(indicatorCode).orElse(null);
        if (indicatorCode != null && indicator == null) {
            v.add("indicator", "unknown-code", indicatorCode);
        }
        v.throwIfAny();
        Filter filter = new Filter().and("plan = :plan", "plan", plan).and("indicator = :indicator", "indicator",
                indicator);
        return Page.of(Target.find(filter.query(), page.sort(), filter.parameters()), page, TargetView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(long id) {
        return TargetView.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetRevisionList revisions(long id) {
        Target target = find(id);
        return new TargetRevisionList(target.id, target.code, revisions.list(target));
    }

    public TargetView create(TargetInput input) {
        Target target = new Target();
        apply(target, input, true);
        target.persist();
        revisions.recordFirst(target);
        changed.fire(new TargetChanged(target.id, true));
        return TargetView.of(target);
    }

    public TargetView update(long id, String ifMatch, TargetInput input) {
        Target target = find(id);
        Versions.requireMatch(ifMatch, target.version);
        TargetDefinition before = TargetDefinition.of(target);
        apply(target, input, false);
        // After apply: the new definition is known only once the input's defaults (kept direction, baseline,
        // milestones) are resolved. Refused here, the whole change rolls back with the transaction.
        revisions.recordChange(target, before, input.reason());
        changed.fire(new TargetChanged(target.id, false));
        return TargetView.of(target);
    }

    /**
     * One target of an imported plan definition, checked by the same rules as POST and PUT: created when its
     * code is new in the plan, otherwise updated without If-Match.
     */
    // A refusal must not doom the import's transaction: it goes on checking the other items to name them all.
    @Transactional(dontRollbackOn = ApiException.class)
    public Target upsert(TargetInput input) {
        Plan plan = input == null || input.planCode() == null ? null : Plan.findByCode(input.planCode()).orElse(null);
        Target existing = plan == null || input.code() == null ? null : Target.findByCode(plan, input.code()).orElse(null);
        if (existing == null) {
            return find(create(input).id());
        }
        update(existing.id, Versions.etag(existing.version), input);
        return existing;
    }

    public void delete(long id, String ifMatch) {
        Target target = find(id);
        Versions.requireMatch(ifMatch, target.version);
        target.delete();
        target.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
        removed.fire(new TargetRemoved(id, target.code, target.plan.code));
    }

    public static Target find(long id) {
        return Target.<Target>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("target", id));
    }

    private void apply(Target target, TargetInput in, boolean creating) {
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        Codes.check(v, "code", in.code());
        v.required("planCode", in.planCode()).required("indicatorCode", in.indicatorCode())
                .multiLineText("statementVi", in.statementVi(), 1000).multiLineText("statementEn", in.statementEn(), 1000)
                .required("aggregation", in.aggregation()).required("threshold", in.threshold())
                .required("timing", in.timing()).multiLine("reason", in.reason(), TargetRevisions.REASON_MAX);
        Plan plan = in.planCode() == null ? null : Plan.findByCode(in.planCode()).orElse(null);
        if (in.planCode() != null && plan == null) {
            v.add("planCode", "unknown-code", in.planCode());
        } else if (plan != null && !creating && !plan.equals(target.plan)) {
            v.add("planCode", "immutable");
        }
        if (!creating && !v.has("code") && !in.code().equals(target.code)) {
            v.add("code", "immutable");
        } else if (plan != null && !v.has("code")) {
            Target same = Target.findByCode(plan, in.code()).orElse(null);
            if (same != null && same != target) {
                v.add("code", "duplicate", in.code());
            }
        }
        Indicator indicator = in.indicatorCode() == null ? null : Indicator.findByCode(in.indicatorCode()).orElse(null);
        if (in.indicatorCode() != null && indicator == null) {
            v.add("indicatorCode", "unknown-code", in.indicatorCode());
        } else if (indicator != null && plan != null && !indicator.plan.equals(plan)) {
            v.add("indicatorCode", "indicator-other-plan", in.indicatorCode());
        }
        if (indicator != null && in.aggregation() != null) {
            checkAggregationFits(v, in.aggregation(), indicator.valueKind);
            if (indicator.isDerived() && (in.aggregation() == Aggregation.SHARE_OF_UNITS_MEETING
                    || in.aggregation() == Aggregation.AVERAGE)) {
                // A derived figure exists only as sums over the counted reports, not unit by unit.
                v.add("aggregation", "aggregation-not-for-derived", in.aggregation());
            }
        }
        if (in.aggregation() == Aggregation.SHARE_OF_UNITS_MEETING) {
            v.required("unitThreshold", in.unitThreshold());
            nonNegative(v, "unitThreshold", in.unitThreshold());
        } else if (in.unitThreshold() != null) {
            v.add("unitThreshold", "only-for-share");
        }
        // Left out: AT_LEAST on creation, unchanged on update (with its band), like sortOrder — so a client
        // that does not know directions yet cannot turn a band into an at-least target by saving it.
        boolean keep = in.direction() == null && !creating;
        TargetDirection direction = keep ? target.direction : TargetDirection.orDefault(in.direction());
        BigDecimal thresholdHigh = keep && in.thresholdHigh() == null ? target.thresholdHigh : in.thresholdHigh();
        TargetMeasure measure = in.measure() == null && !creating ? target.measure
                : TargetMeasure.orDefault(in.measure());
        thresholdInRange(v, "threshold", in.threshold(), measure);
        if (direction == TargetDirection.BETWEEN) {
            checkBand(v, in.aggregation(), in.threshold(), thresholdHigh, measure);
        } else if (in.thresholdHigh() != null) {
            v.add("thresholdHigh", "only-for-between");
        }
        if (measure == TargetMeasure.CUMULATIVE) {
            if (in.aggregation() != null && in.aggregation() != Aggregation.SUM) {
                v.add("measure", "cumulative-needs-sum");
            }
            if (in.timing() != null && in.timing() != TargetTiming.BY_YEAR) {
                v.add("measure", "cumulative-needs-by-year");
            }
        }
        // A change or growth is not a share of 100: a ratio may grow by 150%.
        if (!measure.fromBaseline() && in.threshold() != null && in.aggregation() != null
                && in.aggregation().isPercentage() && in.threshold().compareTo(HUNDRED) > 0) {
            v.add("threshold", "percentage-above-100");
        }
        // Left out on update: unchanged while the measure still needs one.
        Baseline baseline = in.baseline() == null && !creating && measure.fromBaseline() && target.baselineYear != null
                ? new Baseline(target.baselineYear, target.baselineValue) : in.baseline();
        checkBaseline(v, baseline, measure, in, plan);
        if (in.timing() == TargetTiming.BY_YEAR) {
            v.required("dueYear", in.dueYear());
            if (in.dueYear() != null && plan != null && (in.dueYear() < plan.firstYear || in.dueYear() > plan.lastYear)) {
                v.add("dueYear", "outside-plan", plan.firstYear, plan.lastYear);
            }
        } else if (in.dueYear() != null) {
            v.add("dueYear", "only-for-by-year");
        }
        // Left out on update: unchanged, like direction; an empty list removes them.
        List<MilestoneView> milestones = in.milestones() == null
                ? (creating ? List.of() : target.milestones.stream().map(MilestoneView::of).toList())
                : in.milestones();
        checkMilestones(v, milestones, in, plan, direction, measure);
        // Left out on update: unchanged, like milestones; an empty list removes them.
        List<AllocationView> allocations = in.allocations() == null
                ? (creating ? List.of() : target.allocations.stream().map(AllocationView::of).toList())
                : in.allocations();
        List<OrgUnit> allocatedUnits = checkAllocations(v, allocations, in, plan, indicator, direction, measure,
                milestones);
        v.throwIfAny();
        target.code = in.code();
        target.plan = plan;
        target.indicator = indicator;
        target.statementVi = in.statementVi().trim();
        target.statementEn = in.statementEn().trim();
        target.aggregation = in.aggregation();
        target.unitThreshold = in.unitThreshold();
        target.threshold = in.threshold();
        target.direction = direction;
        target.thresholdHigh = direction == TargetDirection.BETWEEN ? thresholdHigh : null;
        target.measure = measure;
        target.baselineYear = baseline == null ? null : baseline.year();
        target.baselineValue = baseline == null ? null : baseline.value();
        target.timing = in.timing();
        target.dueYear = in.timing() == TargetTiming.BY_YEAR ? in.dueYear() : null;
        // PUT replaces them: the collection is rewritten in the target's transaction.
        target.milestones.clear();
        milestones.stream().sorted(java.util.Comparator.comparing(MilestoneView::year))
                .forEach(m -> target.milestones.add(new Milestone(m.year(), m.threshold(),
                        direction == TargetDirection.BETWEEN ? m.thresholdHigh() : null)));
        target.allocations.clear();
        for (int i = 0; i < allocations.size(); i++) {
            AllocationView a = allocations.get(i);
            target.allocations.add(new Allocation(allocatedUnits.get(i), a.year(), a.threshold(),
                    direction == TargetDirection.BETWEEN ? a.thresholdHigh() : null));
        }
        target.sortOrder = in.sortOrder() != null ? in.sortOrder()
                : creating ? (int) Target.count("plan", plan) + 1 : target.sortOrder;
    }

    /**
     * Milestones (K10) stage a target due by a year: each is a year of the plan before the due year (the due
     * year's threshold is the target's own, the final milestone), once, with a threshold in the target's
     * direction (a band's high end for BETWEEN only, not below its low end). Only for a LEVEL target: a
     * running sum already has its own path (the straight share of the period). A SHARE_OF_UNITS_MEETING
     * target may have them: the share to reach changes by year, each unit's own threshold does not.
     */
    private static void checkMilestones(Violations v, List<MilestoneView> milestones, TargetInput in, Plan plan,
                                        TargetDirection direction, TargetMeasure measure) {
        if (milestones.isEmpty()) {
            return;
        }
        if (in.timing() != null && in.timing() != TargetTiming.BY_YEAR) {
            v.add("milestones", "milestones-need-by-year");
        }
        if (measure != TargetMeasure.LEVEL) {
            v.add("milestones", "milestones-need-level");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneView m = milestones.get(i);
            String at = "milestones[" + i + "].";
            if (m == null) {
                v.add("milestones[" + i + "]", "required");
                continue;
            }
            v.required(at + "year", m.year()).required(at + "threshold", m.threshold());
            if (m.year() != null) {
                if (plan != null && (m.year() < plan.firstYear || m.year() > plan.lastYear)) {
                    v.add(at + "year", "outside-plan", plan.firstYear, plan.lastYear);
                } else if (in.dueYear() != null && m.year() >= in.dueYear()) {
                    v.add(at + "year", "milestone-not-before-due-year", in.dueYear());
                }
                if (!seen.add(m.year())) {
                    v.add(at + "year", "duplicate", m.year());
                }
            }
            nonNegative(v, at + "threshold", m.threshold());
            if (m.threshold() != null && in.aggregation() != null && in.aggregation().isPercentage()
                    && m.threshold().compareTo(HUNDRED) > 0) {
                v.add(at + "threshold", "percentage-above-100");
            }
            if (direction == TargetDirection.BETWEEN) {
                v.required(at + "thresholdHigh", m.thresholdHigh());
                nonNegative(v, at + "thresholdHigh", m.thresholdHigh());
                if (m.thresholdHigh() != null && m.threshold() != null && !v.has(at + "thresholdHigh")
                        && m.threshold().compareTo(m.thresholdHigh()) > 0) {
                    v.add(at + "thresholdHigh", "band-low-above-high", m.threshold().toPlainString());
                }
            } else if (m.thresholdHigh() != null) {
                v.add(at + "thresholdHigh", "only-for-between");
            }
        }
    }

    /**
     * Allocations (K11) give each reporting unit its own threshold, every year or in one year (which overrides
     * the every-year one). Each names a unit that reports the indicator — of one of its reporting types and,
     * when the indicator names its reporting units, one of them — once per year, a year of the plan, and a
     * threshold the unit's own value could be: not negative, whole for a count, at most 100 for a ratio (a
     * unit's own ratio is a percentage), a band for BETWEEN. Only a LEVEL target on a yearly reported
     * indicator: a unit has no own figure of a derived indicator in the summaries, a running sum or a change
     * has no per-unit counterpart, and milestones already say which threshold is in force each year.
     *
     * @return the units, in the allocations' order ({@code null} where unknown)
     */
    private static List<OrgUnit> checkAllocations(Violations v, List<AllocationView> allocations, TargetInput in,
                                                  Plan plan, Indicator indicator, TargetDirection direction,
                                                  TargetMeasure measure, List<MilestoneView> milestones) {
        List<OrgUnit> units = new ArrayList<>();
        if (allocations.isEmpty()) {
            return units;
        }
        if (measure != TargetMeasure.LEVEL) {
            v.add("allocations", "allocations-need-level");
        }
        if (!milestones.isEmpty()) {
            v.add("allocations", "allocations-with-milestones");
        }
        if (indicator != null && (indicator.isDerived() || indicator.periodType != PeriodType.YEARLY)) {
            v.add("allocations", "allocations-not-for-indicator");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            AllocationView a = allocations.get(i);
            String at = "allocations[" + i + "].";
            if (a == null) {
                v.add("allocations[" + i + "]", "required");
                units.add(null);
                continue;
            }
            v.required(at + "orgUnitCode", a.orgUnitCode()).required(at + "threshold", a.threshold());
            OrgUnit unit = a.orgUnitCode() == null ? null : OrgUnit.findByCode(a.orgUnitCode()).orElse(null);
            units.add(unit);
            if (a.orgUnitCode() != null && unit == null) {
                v.add(at + "orgUnitCode", "unknown-code", a.orgUnitCode());
            } else if (unit != null && indicator != null && !reports(indicator, unit)) {
                v.add(at + "orgUnitCode", "unit-not-reporting", unit.code, indicator.code);
            }
            if (a.orgUnitCode() != null && !seen.add(a.orgUnitCode() + "/" + a.year())) {
                v.add(at + "orgUnitCode", "duplicate", a.year() == null ? a.orgUnitCode() : a.orgUnitCode() + " " + a.year());
            }
            if (a.year() != null && plan != null && (a.year() < plan.firstYear || a.year() > plan.lastYear)) {
                v.add(at + "year", "outside-plan", plan.firstYear, plan.lastYear);
            }
            allocationFigure(v, at + "threshold", a.threshold(), indicator);
            if (direction == TargetDirection.BETWEEN) {
                v.required(at + "thresholdHigh", a.thresholdHigh());
                allocationFigure(v, at + "thresholdHigh", a.thresholdHigh(), indicator);
                if (a.thresholdHigh() != null && a.threshold() != null && !v.has(at + "thresholdHigh")
                        && a.threshold().compareTo(a.thresholdHigh()) > 0) {
                    v.add(at + "thresholdHigh", "band-low-above-high", a.threshold().toPlainString());
                }
            } else if (a.thresholdHigh() != null) {
                v.add(at + "thresholdHigh", "only-for-between");
            }
        }
        return units;
    }

    /** The unit is of a type that reports the indicator and, if the indicator names its units, named. */
    private static boolean reports(Indicator indicator, OrgUnit unit) {
        return indicator.reportingUnitTypes.contains(unit.type)
                && (indicator.reportingUnits.isEmpty() || indicator.reportingUnits.contains(unit));
    }

    /** An allocation is a value the unit's own figure could take: the report form's limits (ValueRules). */
    private static void allocationFigure(Violations v, String field, BigDecimal value, Indicator indicator) {
        if (value == null || indicator == null) {
            return;
        }
        Optional<ValueProblem> problem = ValueRules.figure(value, indicator.valueKind == ValueKind.COUNT);
        if (problem.isPresent()) {
            ValueProblem p = problem.get();
            if (p.limit() == null) {
                v.add(field, p.code);
            } else {
                v.add(field, p.code, p.limit());
            }
        } else if (indicator.valueKind == ValueKind.RATIO && value.compareTo(HUNDRED) > 0) {
            v.add(field, "percentage-above-100");
        }
    }

    /**
     * A change or growth target (K8, K9) needs a baseline, the others have none. The baseline year is at the
     * latest the plan's last year and before the due year (a change by 2020 from 2020 says nothing); a year
     * before the plan needs its value entered, as no figure of it is computed. A change of a share of units
     * is refused: the share's own threshold is a level each unit is judged by.
     */
    private static void checkBaseline(Violations v, Baseline baseline, TargetMeasure measure, TargetInput in,
                                      Plan plan) {
        if (!measure.fromBaseline()) {
            if (baseline != null) {
                v.add("baseline", "baseline-only-for-change");
            }
            return;
        }
        if (in.aggregation() == Aggregation.SHARE_OF_UNITS_MEETING) {
            v.add("measure", "change-not-for-share");
        }
        v.required("baseline", baseline);
        if (baseline == null) {
            return;
        }
        v.required("baseline.year", baseline.year());
        nonNegative(v, "baseline.value", baseline.value());
        if (baseline.year() == null || plan == null) {
            return;
        }
        if (baseline.year() > plan.lastYear || baseline.year() < plan.firstYear - 100) {
            v.add("baseline.year", "out-of-range", plan.firstYear - 100, plan.lastYear);
        } else if (in.dueYear() != null && baseline.year() >= in.dueYear()) {
            v.add("baseline.year", "baseline-not-before-due-year", in.dueYear());
        } else if (baseline.value() == null && baseline.year() < plan.firstYear) {
            v.add("baseline.value", "baseline-value-before-plan", plan.firstYear);
        }
    }

    /** A rule must make sense for the values it combines: only a RATIO has parts to sum, a yes/no has no sum. */
    private static void checkAggregationFits(Violations v, Aggregation aggregation, ValueKind kind) {
        boolean fits = switch (aggregation) {
            case RATIO_OF_SUMS -> kind == ValueKind.RATIO;
            case SUM, AVERAGE -> kind == ValueKind.NUMBER || kind == ValueKind.COUNT;
            case SHARE_OF_UNITS_MEETING -> true;
        };
        if (!fits) {
            v.add("aggregation", "aggregation-not-for-kind", aggregation, kind);
        }
    }

    /**
     * A band needs its high end, not below the low end. A share of units meeting has no per-unit band to
     * judge units by (see {@link TargetDirection}), so it cannot be BETWEEN.
     */
    private static void checkBand(Violations v, Aggregation aggregation, BigDecimal low, BigDecimal high,
                                  TargetMeasure measure) {
        if (aggregation == Aggregation.SHARE_OF_UNITS_MEETING) {
            v.add("direction", "between-not-for-share");
        }
        v.required("thresholdHigh", high);
        thresholdInRange(v, "thresholdHigh", high, measure);
        if (!measure.fromBaseline() && high != null && aggregation != null && aggregation.isPercentage()
                && high.compareTo(HUNDRED) > 0) {
            v.add("thresholdHigh", "percentage-above-100");
        }
        if (high != null && low != null && !v.has("thresholdHigh") && low.compareTo(high) > 0) {
            v.add("thresholdHigh", "band-low-above-high", low.toPlainString());
        }
    }

    private static void nonNegative(Violations v, String field, BigDecimal value) {
        inRange(v, field, value, BigDecimal.ZERO);
    }

    /**
     * A target's threshold (or a band's high end) is as low as the measure can go: a level or a running sum
     * of a non-negative indicator never falls below 0, a change in the indicator's unit can be any decrease
     * ("giảm 50 hộ": −50), and a change or growth in percent cannot fall below −100% (the figure cannot fall
     * below 0) — "giảm 10%" is a change of at most −10, "bình quân −2%/năm" a growth of at least −2.
     */
    private static void thresholdInRange(Violations v, String field, BigDecimal value, TargetMeasure measure) {
        inRange(v, field, value, switch (measure) {
            case LEVEL, CUMULATIVE -> BigDecimal.ZERO;
            case CHANGE_PERCENT, AVERAGE_GROWTH -> HUNDRED.negate();
            case CHANGE_ABSOLUTE -> MAX_THRESHOLD.negate();
        });
    }

    private static void inRange(Violations v, String field, BigDecimal value, BigDecimal min) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(MAX_THRESHOLD) > 0)) {
            v.add(field, "out-of-range", min.toPlainString(), MAX_THRESHOLD.toPlainString());
        } else if (value != null && value.stripTrailingZeros().scale() > 4) {
            v.add(field, "too-precise", 4);
        }
    }

}
