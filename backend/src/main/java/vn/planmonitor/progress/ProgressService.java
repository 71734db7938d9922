package vn.planmonitor.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.completeness.Deadlines;
import vn.planmonitor.completeness.ReportState;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.FormulaTerms;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.period.PeriodRollUp;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.plan.YearRange;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetMeasure;
import vn.planmonitor.targets.TargetService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Live progress of targets. District figures come from the progress cells ({@link ProgressCells}),
 * which every status change updates in its own transaction — no analytics tables rebuilt overnight —
 * so a figure reflects an approved report the moment it is approved (an answer is given again only while
 * nothing it is computed from has changed, {@link ProgressAnswers}), and a plan of ten
 * million values reads a few thousand rows. The per-unit breakdown of the periods shown is computed
 * unit by unit from the reports ({@link PlanReports}), by the same {@link Aggregator}; the tests run
 * that path over every period as the reference the cells are checked against.
 * <p>
 * Who is expected to report a target's indicator in a period: every unit that reports the indicator in
 * that period ({@link Indicator#isReportedBy}: active indicator, a unit of a reporting type valid on the
 * period's last day, and among the named reporting units if the indicator names any), <em>plus</em> any
 * unit — even one not valid then — whose report for that period counts and holds a value for the
 * indicator. So three wards merged into one on 1 July 2018 are expected up to 2017, the new ward from
 * 2018; a ward that ended today is still expected in every earlier year, whose figures do not change.
 * <p>
 * Which reports count: APPROVED; with {@code include=submitted} also SUBMITTED (the figure is then
 * marked provisional). DRAFT and RETURNED never count: a returned report is treated as missing. A
 * counted report without a value for the indicator counts as missing for that target.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    Clock clock;

    @Inject
    ProgressAnswers answers;

    /** What to compute: the request's {@link ProgressQuery} checked against the plan, defaults applied. */
    record Query(YearRange years, boolean includeSubmitted, boolean withUnits, boolean unitsAsked) {

        /** The periods of a kind within the years asked for. */
        List<Period> shownPeriods(Plan plan, PeriodType type) {
            return Period.between(type, plan.firstYear, plan.lastYear).stream()
                    .filter(p -> years.contains(p.year())).toList();
        }

        List<SubmissionStatus> countedStatuses() {
            return includeSubmitted ? List.of(SubmissionStatus.APPROVED, SubmissionStatus.SUBMITTED)
                    : List.of(SubmissionStatus.APPROVED);
        }
    }

    /**
     * Where a target's period figures come from: the cells for the district figures, and the reports
     * unit by unit for the periods whose breakdown is shown. (Reports of every period and no cells give
     * every figure unit by unit: the tests' reference.)
     */
    record Sources(CellTotals cells, ExpectedUnits expected, PlanReports reports) {

        static Sources of(Plan plan, Query query, List<Indicator> indicators, CellTotals cells) {
            PlanReports shown = query.withUnits() ? PlanReports.load(plan, indicators, indicators.stream()
                    .map(i -> i.periodType).distinct().flatMap(type -> query.shownPeriods(plan, type).stream())
                    .map(Period::code).toList()) : null;
            return new Sources(cells, ExpectedUnits.load(), shown);
        }

        /** Units expected to report the indicator in the period, counted without their reports. */
        int expectedIn(Indicator indicator, Period period) {
            return expected == null ? 0 : expected.count(indicator, period);
        }

        boolean unitByUnit(Period period) {
            return reports != null && reports.covers(period.code());
        }
    }

    /** The day the figures are judged on: which years are over, in progress or still to come. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Given again while nothing it is computed from has changed ({@link ProgressAnswers}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgressView plan(long planId, ProgressQuery asked) {
        return answered(planId, asked).value().at(Instant.now(clock));
    }

    /** An answer and its ETag. */
    public record Tagged<T>(T answer, String tag) {
    }

    /** {@link #plan} with its ETag, which an answer given again brings along. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<PlanProgressView> tagged(long planId, ProgressQuery asked) {
        ProgressAnswers.Answer<PlanProgressView> answer = answered(planId, asked);
        return new Tagged<>(answer.value().at(Instant.now(clock)), answer.tag());
    }

    private ProgressAnswers.Answer<PlanProgressView> answered(long planId, ProgressQuery asked) {
        LocalDate today = today();
        Supplier<PlanProgressView> compute = () -> computePlan(planId, asked, today);
        return FiguresVersion.of(planId)
                .map(version -> answers.answer(new ProgressAnswers.Question(planId, null, asked, today), version,
                        compute, v -> ProgressAnswers.weight(v.targets())))
                .orElseGet(() -> answers.computed(compute.get()));
    }

    private PlanProgressView computePlan(long planId, ProgressQuery asked, LocalDate today) {
        Plan plan = PlanService.find(planId);
        List<Target> targets = targetsOf(plan);
        List<Indicator> indicators = reportedIndicators(targets);
        Query query = bounded(resolve(plan, asked, false), plan, targets.stream().map(t -> t.indicator).toList());
        return planView(plan, targets, query, Sources.of(plan, query, indicators,
                CellTotals.ofPlan(plan.id, query.includeSubmitted())), today);
    }

    /** The plan's targets in display order, their indicators fetched. */
    static List<Target> targetsOf(Plan plan) {
        return Target.list("select t from Target t join fetch t.indicator where t.plan = ?1 "
                + "order by t.sortOrder, t.code", plan);
    }

    /** The reported indicators the targets' figures come from: a derived indicator's operands, not itself. */
    static List<Indicator> reportedIndicators(List<Target> targets) {
        return targets.stream().flatMap(t -> t.indicator.isDerived()
                ? FormulaTerms.of(t.indicator).leaves().values().stream() : java.util.stream.Stream.of(t.indicator))
                .distinct().toList();
    }

    PlanProgressView planView(Plan plan, List<Target> targets, Query query, Sources sources,
                              LocalDate today) {
        int currentYear = today.getYear();
        List<TargetProgressView> views = targets.stream()
                .map(t -> progress(t, plan, sources, query, today)).toList();
        return new PlanProgressView(plan.code, query.years().from(), query.years().to(), currentYear,
                query.countedStatuses(), Instant.now(clock), views);
    }

    /** Given again while nothing it is computed from has changed ({@link ProgressAnswers}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetProgressResponse target(long targetId, ProgressQuery asked) {
        return targetAnswered(targetId, asked).value().at(Instant.now(clock));
    }

    /** {@link #target} with its ETag, which an answer given again brings along. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<TargetProgressResponse> targetTagged(long targetId, ProgressQuery asked) {
        ProgressAnswers.Answer<TargetProgressResponse> answer = targetAnswered(targetId, asked);
        return new Tagged<>(answer.value().at(Instant.now(clock)), answer.tag());
    }

    private ProgressAnswers.Answer<TargetProgressResponse> targetAnswered(long targetId, ProgressQuery asked) {
        LocalDate today = today();
        Supplier<TargetProgressResponse> compute = () -> computeTarget(targetId, asked, today);
        return FiguresVersion.ofTargetsPlan(targetId)
                .map(count -> answers.answer(new ProgressAnswers.Question(count.planId(), targetId, asked, today),
                        count.version(), compute, r -> ProgressAnswers.weight(r.targets())))
                .orElseGet(() -> answers.computed(compute.get()));
    }

    private TargetProgressResponse computeTarget(long targetId, ProgressQuery asked, LocalDate today) {
        Target target = TargetService.find(targetId);
        Plan plan = target.plan;
        Query query = bounded(resolve(plan, asked, true), plan, List.of(target.indicator));
        Sources sources = Sources.of(plan, query, reportedIndicators(List.of(target)),
                CellTotals.ofTarget(target.id, query.includeSubmitted()));
        return new TargetProgressResponse(plan.code, query.years().from(), query.years().to(), today.getYear(),
                query.countedStatuses(), Instant.now(clock), progress(target, plan, sources, query, today));
    }

    /** The years asked for, checked against the plan (400 outside it), and the breakdown's default. */
    static Query resolve(Plan plan, ProgressQuery asked, boolean unitsByDefault) {
        Violations v = new Violations();
        YearRange years = YearRange.of(plan, asked.from(), asked.to(), v);
        v.throwIfAny();
        return new Query(years, asked.includeSubmitted(), asked.units() == null ? unitsByDefault : asked.units(),
                Boolean.TRUE.equals(asked.units()));
    }

    /**
     * A per-unit breakdown is one row per unit and period shown: 10,000 units × 60 months would not fit
     * a response, nor the server's memory. Beyond this many rows it is left out by default, and asking
     * for it is a 400 that says to ask for fewer years.
     */
    static final long MAX_UNIT_ROWS = 50_000;

    private static Query bounded(Query query, Plan plan, List<Indicator> indicators) {
        if (!query.withUnits()) {
            return query;
        }
        long units = OrgUnit.count();
        long rows = indicators.stream().mapToLong(i -> units * query.shownPeriods(plan, i.periodType).size()).sum();
        if (rows <= MAX_UNIT_ROWS) {
            return query;
        }
        if (query.unitsAsked()) {
            new Violations().add("units", "too-many-unit-rows", rows, MAX_UNIT_ROWS).throwIfAny();
        }
        return new Query(query.years(), query.includeSubmitted(), false, false);
    }

    /**
     * A year is in progress from its start until its reports are due (31 January after it, for District
     * 11): its figure is shown, provisional, but not judged — a year that is not over is not a failure.
     */
    static boolean inProgress(Plan plan, int year, LocalDate today) {
        return year <= today.getYear()
                && !today.isAfter(Deadlines.dueDate(Period.yearly(year), plan.reportDeadlineDays));
    }

    /**
     * Computes every period of the plan — the status needs them all, whatever {@code from}/{@code to}
     * ask to show — and returns the periods within the requested years.
     */
    private static TargetProgressView progress(Target target, Plan plan, Sources sources, Query query,
                                               LocalDate today) {
        int currentYear = today.getYear();
        Indicator indicator = target.indicator;
        FormulaTerms terms = FormulaTerms.of(indicator);
        TargetDirection direction = TargetDirection.orDefault(target.direction);
        Aggregator.Rule rule = new Aggregator.Rule(target.aggregation, target.threshold, target.unitThreshold,
                direction, target.thresholdHigh);
        // K11: each allocated unit is judged against its own allocation; a SUM against their sum (Rule.allocatedIn).
        Allocations allocations = Allocations.of(target);
        List<PeriodFigureView> shown = new ArrayList<>();
        // Per year, the figure of its last period with data: for a yearly indicator, simply the year's figure.
        TreeMap<Integer, TargetStatusRule.YearFigure> yearly = new TreeMap<>();
        boolean provisional = false;
        // A monthly or quarterly indicator rolled up (K14): the target's periods are its years, formed unit
        // by unit from every month's reports, read now; each year carries its months' own figures.
        PeriodRollUp rollUp = terms == null ? indicator.periodRollUp : null;
        PlanReports rolledFrom = rollUp == null ? null : sources.reports() != null && sources.reports().coversAll()
                ? sources.reports() : PlanReports.load(plan, List.of(indicator),
                Period.between(indicator.periodType, plan.firstYear, plan.lastYear).stream().map(Period::code).toList());
        for (Period period : Period.between(rollUp == null ? indicator.periodType : PeriodType.YEARLY,
                plan.firstYear, plan.lastYear)) {
            boolean future = period.year() > currentYear;
            boolean yearInProgress = inProgress(plan, period.year(), today);
            LocalDate reportsDue = Deadlines.dueDate(period, plan.reportDeadlineDays);
            boolean isShown = query.years().contains(period.year());
            PeriodResult result;
            if (rollUp != null) {
                UnitByUnit year = rolledUpYear(indicator, period.year(), future, rolledFrom, query);
                result = Aggregator.aggregate(rule, year.inputs(), future);
                if (isShown) {
                    List<PeriodFigureView> parts = new ArrayList<>();
                    for (Period part : Period.between(indicator.periodType, period.year(), period.year())) {
                        parts.add(periodView(today, part, sources.unitByUnit(part)
                                ? Aggregator.aggregate(rule, unitByUnit(indicator, part, future, sources.reports(),
                                query).inputs(), future)
                                : Aggregator.aggregate(rule, sources.cells().totals(target.id, part.code(), sources.expectedIn(indicator, part)),
                                future), yearInProgress, Deadlines.dueDate(part, plan.reportDeadlineDays), null, false));
                    }
                    shown.add(periodView(today, period, result, yearInProgress, reportsDue, year, query.withUnits())
                            .withSubPeriods(parts));
                }
            } else if (terms != null) {
                Derived derived = derived(target, terms, rule, period, future, sources, query);
                result = derived.result();
                if (isShown) {
                    shown.add(periodView(today, period, result, yearInProgress, reportsDue, derived.detail(),
                            derived.detail() != null && query.withUnits()));
                }
            } else if (sources.unitByUnit(period)) {
                UnitByUnit detail = unitByUnit(indicator, period, future, sources.reports(), query);
                result = Aggregator.aggregate(rule.allocatedIn(allocations.sum(period.year())), detail.inputs(),
                        allocations.any() ? allocations.of(detail.expected(), period.year()) : null, future);
                if (isShown) {
                    shown.add(periodView(today, period, result, yearInProgress, reportsDue, detail, query.withUnits())
                            .withAllocations(allocationFigure(allocations, period.year(), result),
                                    allocations.any() ? allocations.of(detail.expected(), period.year()) : null));
                }
            } else {
                result = Aggregator.aggregate(rule.allocatedIn(allocations.sum(period.year())),
                        sources.cells().totals(target.id, period.code(), sources.expectedIn(indicator, period),
                                allocations.reportersIn(indicator, period.year())), future);
                if (isShown) {
                    shown.add(periodView(today, period, result, yearInProgress, reportsDue, null, false)
                            .withAllocations(allocationFigure(allocations, period.year(), result), null));
                }
            }
            provisional |= result.provisional();
            if (result.figure() != null || !yearly.containsKey(period.year())) {
                yearly.put(period.year(), new TargetStatusRule.YearFigure(period.year(), result.figure(),
                        Boolean.TRUE.equals(result.met()), yearInProgress));
            }
        }
        // A SUM with allocations is due to reach the sum of the due year's allocations.
        Aggregator.Rule dueRule = target.dueYear == null ? rule : rule.allocatedIn(allocations.sum(target.dueYear));
        TargetStatusRule.Bound bound = new TargetStatusRule.Bound(
                TargetDirection.ofDistrict(direction, target.aggregation), dueRule.threshold(), dueRule.thresholdHigh());
        TargetMeasure measure = TargetMeasure.orDefault(target.measure);
        TargetStatusRule.Verdict verdict;
        BaselineView baselineView = null;
        if (measure.fromBaseline() && target.baselineYear != null) {
            // K8, K9: each year's change (or average growth) from the baseline is what is judged.
            TargetStatusRule.YearFigure baseYear = yearly.get(target.baselineYear);
            // A baseline from the data is a judged year's figure: one still in progress is no baseline yet.
            BigDecimal baseline = target.baselineValue != null ? target.baselineValue
                    : baseYear == null || !baseYear.judged(currentYear) ? null : baseYear.figure();
            baselineView = new BaselineView(target.baselineYear, Decimals.strip(baseline), target.baselineValue == null);
            TreeMap<Integer, Compared> compared = compared(measure, target.baselineYear, baseline, yearly);
            List<TargetStatusRule.YearFigure> judged = new ArrayList<>();
            for (TargetStatusRule.YearFigure year : yearly.values()) {
                BigDecimal value = compared.get(year.year()).value();
                judged.add(new TargetStatusRule.YearFigure(year.year(), value, value != null && bound.meets(value),
                        year.inProgress()));
            }
            verdict = TargetStatusRule.evaluateChange(target.timing, target.dueYear, bound,
                    Math.max(plan.firstYear, target.baselineYear + 1), currentYear, judged);
            shown.replaceAll(view -> {
                Compared c = compared.get(view.year());
                return view.fromBaseline(Decimals.strip(c.value()), c.value() == null ? null : bound.meets(c.value()),
                        c.reason(), Decimals.strip(c.yearOnYear()));
            });
        } else if (measure == TargetMeasure.CUMULATIVE) {
            TreeMap<Integer, TargetStatusRule.YearFigure> running = runningSums(yearly, bound, currentYear);
            verdict = TargetStatusRule.cumulative(target.dueYear, bound, plan.firstYear, currentYear,
                    List.copyOf(running.values()));
            // What the threshold is compared with, and so "met", is the running sum of the period's year.
            shown.replaceAll(view -> {
                TargetStatusRule.YearFigure sum = running.get(view.year());
                return view.judgedAs(Decimals.strip(sum.figure()), sum.figure() == null ? null : sum.met());
            });
        } else if (!target.milestones.isEmpty() && target.dueYear != null) {
            // K10: each milestone year judged against its own milestone, the due year against the target's own.
            Map<Integer, TargetStatusRule.Bound> inForce = milestoneBounds(target, bound);
            TreeMap<Integer, TargetStatusRule.YearFigure> judged = new TreeMap<>();
            for (TargetStatusRule.YearFigure year : yearly.values()) {
                TargetStatusRule.Bound own = inForce.get(year.year());
                judged.put(year.year(), new TargetStatusRule.YearFigure(year.year(), year.figure(),
                        own != null && year.figure() != null && own.meets(year.figure()), year.inProgress()));
            }
            verdict = TargetStatusRule.milestones(target.dueYear, inForce.keySet().stream()
                            .filter(y -> !y.equals(target.dueYear)).collect(java.util.stream.Collectors.toSet()),
                    bound, target.aggregation.isPercentage(), currentYear, List.copyOf(judged.values()));
            shown.replaceAll(view -> {
                TargetStatusRule.Bound own = inForce.get(view.year());
                return own == null ? view.inForce(null, null, null) : view.inForce(Decimals.strip(own.threshold()),
                        Decimals.strip(own.high()), view.figure() == null ? null : own.meets(view.figure()));
            });
        } else {
            verdict = TargetStatusRule.evaluate(target.timing, target.dueYear, bound,
                    target.aggregation.isPercentage(), plan.firstYear, currentYear, List.copyOf(yearly.values()));
        }
        if (target.milestones.isEmpty() || target.dueYear == null) {
            // One threshold in force every year: the target's own, or for a SUM the year's allocations added up.
            shown.replaceAll(view -> {
                Aggregator.Rule inForce = rule.allocatedIn(allocations.sum(view.year()));
                return view.inForce(Decimals.strip(inForce.threshold()), Decimals.strip(inForce.thresholdHigh()),
                        view.met());
            });
        }
        TargetStatusRule.Pace pace = verdict.pace() == null ? null : new TargetStatusRule.Pace(
                verdict.pace().yearsGone(), verdict.pace().yearsTotal(),
                Decimals.strip(verdict.pace().expectedSoFar()), Decimals.strip(verdict.pace().expectedHighSoFar()));
        TargetStatusRule.Trend trend = verdict.projection();
        ProjectionView projection = trend == null ? null : new ProjectionView(trend.dueYear(),
                Decimals.strip(trend.projectedValue()), Decimals.strip(trend.slopePerYear()), trend.direction(),
                trend.basedOnYears());
        boolean percentage = target.aggregation.isPercentage();
        return new TargetProgressView(target.id, target.code, indicator.code, target.statementVi,
                target.statementEn, target.aggregation, indicator.valueKind, percentage,
                percentage ? "%" : indicator.unitVi, percentage ? "%" : indicator.unitEn,
                Decimals.strip(target.threshold), direction, Decimals.strip(target.thresholdHigh), measure,
                terms != null ? null : Decimals.strip(rule.effectiveUnitThreshold()), target.timing,
                target.dueYear, verdict.status(), verdict.reason(), provisional, verdict.yearsMet(),
                verdict.yearsWithData(), verdict.latestYear(), Decimals.strip(verdict.latestFigure()), projection,
                pace, baselineView, shown);
    }

    /** K11: a year's allocated units, how many meet their own allocation, and the allocations' sum. */
    private static AllocationFigure allocationFigure(Allocations allocations, int year, PeriodResult r) {
        if (!allocations.any()) {
            return null;
        }
        TargetStatusRule.Bound sum = allocations.sum(year);
        return new AllocationFigure(r.allocatedUnits(), r.allocatedMeeting(), Decimals.strip(r.allocatedShare()),
                sum == null ? null : Decimals.strip(sum.threshold()), sum == null ? null : Decimals.strip(sum.high()));
    }

    /** One year compared with the baseline: the value, or why there is none; the year-on-year growth (K9). */
    record Compared(BigDecimal value, NoDataReason reason, BigDecimal yearOnYear) {
    }

    /**
     * K8, K9: per year, the change from the baseline ({@link BaselineChange}) — none for a year without a
     * figure (its own reason stands), for the baseline year and before (BEFORE_BASELINE), without a baseline
     * figure (NO_BASELINE), against a baseline of 0 in percent or growth (BASELINE_ZERO), or as growth of a
     * negative figure or from a negative baseline (NEGATIVE_FIGURE): never infinity, never a failure.
     * AVERAGE_GROWTH also gives each year's growth on the year before (the baseline, for the year after it).
     */
    static TreeMap<Integer, Compared> compared(TargetMeasure measure, int baselineYear, BigDecimal baseline,
                                               TreeMap<Integer, TargetStatusRule.YearFigure> yearly) {
        TreeMap<Integer, Compared> compared = new TreeMap<>();
        for (TargetStatusRule.YearFigure year : yearly.values()) {
            BigDecimal figure = year.figure();
            BigDecimal yearOnYear = null;
            if (measure == TargetMeasure.AVERAGE_GROWTH && figure != null) {
                TargetStatusRule.YearFigure before = yearly.get(year.year() - 1);
                BigDecimal previous = year.year() - 1 == baselineYear ? baseline
                        : before == null ? null : before.figure();
                yearOnYear = previous == null ? null : BaselineChange.percent(figure, previous);
            }
            NoDataReason reason = null;
            BigDecimal value = null;
            if (figure == null) {
                reason = null;
            } else if (year.year() <= baselineYear) {
                reason = NoDataReason.BEFORE_BASELINE;
            } else if (baseline == null) {
                reason = NoDataReason.NO_BASELINE;
            } else if (measure == TargetMeasure.AVERAGE_GROWTH && (figure.signum() < 0 || baseline.signum() < 0)) {
                reason = NoDataReason.NEGATIVE_FIGURE;
            } else {
                value = switch (measure) {
                    case CHANGE_PERCENT -> BaselineChange.percent(figure, baseline);
                    case CHANGE_ABSOLUTE -> BaselineChange.absolute(figure, baseline);
                    case AVERAGE_GROWTH -> BaselineChange.averageGrowth(figure, baseline, year.year() - baselineYear);
                    default -> throw new IllegalStateException(measure.name());
                };
                reason = value == null ? NoDataReason.BASELINE_ZERO : null;
            }
            compared.put(year.year(), new Compared(value, reason, yearOnYear));
        }
        return compared;
    }

    /**
     * K10: the bound in force in each judged year of a target with milestones — each milestone year its own
     * milestone in the target's direction, the due year the target's own; the other years are not judged.
     */
    static Map<Integer, TargetStatusRule.Bound> milestoneBounds(Target target, TargetStatusRule.Bound own) {
        Map<Integer, TargetStatusRule.Bound> inForce = new TreeMap<>();
        for (vn.planmonitor.targets.Milestone m : target.milestones) {
            inForce.put(m.year, new TargetStatusRule.Bound(own.direction(), m.threshold, m.thresholdHigh));
        }
        inForce.put(target.dueYear, own);
        return inForce;
    }

    /**
     * CUMULATIVE: per year, the figures added up from the plan's first year (a year without a figure adds
     * nothing; before any figure, and after the current year, there is no sum), judged against the whole
     * threshold.
     */
    static TreeMap<Integer, TargetStatusRule.YearFigure> runningSums(
            TreeMap<Integer, TargetStatusRule.YearFigure> yearly, TargetStatusRule.Bound bound, int currentYear) {
        TreeMap<Integer, TargetStatusRule.YearFigure> running = new TreeMap<>();
        BigDecimal sum = null;
        for (TargetStatusRule.YearFigure year : yearly.values()) {
            if (year.figure() != null) {
                sum = sum == null ? year.figure() : sum.add(year.figure());
            }
            BigDecimal shown = year.year() > currentYear ? null : sum;
            running.put(year.year(), new TargetStatusRule.YearFigure(year.year(), shown,
                    shown != null && bound.meets(shown), year.inProgress()));
        }
        return running;
    }

    /** A derived target's figure in one period, and its units' own figures when read unit by unit. */
    private record Derived(PeriodResult result, UnitByUnit detail) {
    }

    /**
     * A target on a derived indicator (K12): the totals of each reported indicator its formula uses, from
     * the operand cells, or unit by unit for the periods whose breakdown is shown (and, in the tests'
     * reference, for all). The breakdown lists every unit expected to report one of them; a unit has a
     * figure of its own only where it has counted values of all of them.
     */
    private static Derived derived(Target target, FormulaTerms terms, Aggregator.Rule rule, Period period,
                                   boolean future, Sources sources, Query query) {
        Map<Long, Aggregator.Totals> byLeaf = new LinkedHashMap<>();
        if (!sources.unitByUnit(period)) {
            for (Indicator leaf : terms.leaves().values()) {
                byLeaf.put(leaf.id, sources.cells().operandTotals(target.id, leaf.id, period.code(),
                        sources.expectedIn(leaf, period)));
            }
            return new Derived(Aggregator.derived(rule, terms, byLeaf, future, List.of()), null);
        }
        Map<Long, Map<Long, UnitInput>> byUnit = new HashMap<>();
        for (Indicator leaf : terms.leaves().values()) {
            UnitByUnit leafUnits = unitByUnit(leaf, period, future, sources.reports(), query);
            byLeaf.put(leaf.id, Aggregator.totalsOf(leafUnits.inputs()));
            for (int i = 0; i < leafUnits.expected().size(); i++) {
                byUnit.computeIfAbsent(leafUnits.expected().get(i).id, k -> new HashMap<>())
                        .put(leaf.id, leafUnits.inputs().get(i));
            }
        }
        List<OrgUnit> expected = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        List<UnitInput> inputs = new ArrayList<>();
        List<UnitResult> results = new ArrayList<>();
        for (OrgUnit unit : sources.reports().units) {
            Map<Long, UnitInput> leaves = byUnit.get(unit.id);
            if (leaves == null) {
                continue;
            }
            Map<Long, BigDecimal> own = new HashMap<>();
            boolean provisional = false;
            for (Map.Entry<Long, UnitInput> leaf : leaves.entrySet()) {
                if (leaf.getValue().counted() && leaf.getValue().number() != null) {
                    own.put(leaf.getKey(), leaf.getValue().number());
                    provisional |= leaf.getValue().provisional();
                }
            }
            Aggregator.OwnFigure figure = Aggregator.ownFigure(terms, own);
            expected.add(unit);
            submissions.add(sources.reports().submission(unit, period.code()));
            inputs.add(new UnitInput(!own.isEmpty(), provisional, null, figure == null ? null : figure.numerator(),
                    figure == null ? null : figure.denominator()));
            results.add(new UnitResult(figure == null ? null : figure.value(), null));
        }
        return new Derived(Aggregator.derived(rule, terms, byLeaf, future, results),
                new UnitByUnit(expected, submissions, inputs));
    }

    /**
     * Each unit's year from its months (or quarters) by the indicator's roll-up: a FLOW adds the counted
     * values up, a RATIO adds up their parts, a STOCK takes the last counted one. A unit is expected in the
     * year if it reports the indicator today or has a counted value in the year; its report state is that
     * of its last counted report, or else of its latest report in the year. A unit with no counted month
     * is missing for the year.
     */
    private static UnitByUnit rolledUpYear(Indicator indicator, int year, boolean future, PlanReports reports,
                                           Query query) {
        List<Period> parts = Period.between(indicator.periodType, year, year);
        List<OrgUnit> expected = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        List<UnitInput> inputs = new ArrayList<>();
        for (OrgUnit unit : reports.units) {
            UnitInput last = null;
            Submission lastCounted = null;
            Submission latest = null;
            boolean provisional = false;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal numerators = BigDecimal.ZERO;
            BigDecimal denominators = BigDecimal.ZERO;
            for (Period part : parts) {
                Submission submission = reports.submission(unit, part.code());
                latest = submission == null ? latest : submission;
                SubmissionValue value = reports.value(submission, indicator);
                if (value == null || !counts(submission.status, query.includeSubmitted())) {
                    continue;
                }
                last = input(indicator.valueKind, value, submission.status == SubmissionStatus.SUBMITTED);
                lastCounted = submission;
                provisional |= last.provisional();
                if (last.isRatio()) {
                    numerators = numerators.add(last.numerator());
                    denominators = denominators.add(last.denominator());
                } else if (last.number() != null) {
                    sum = sum.add(last.number());
                }
            }
            if (last == null && !indicator.isReportedBy(unit, Period.yearly(year))) {
                continue;
            }
            expected.add(unit);
            submissions.add(lastCounted != null ? lastCounted : latest);
            inputs.add(last == null || future ? UnitInput.missing() : switch (indicator.periodRollUp) {
                case FLOW -> UnitInput.number(sum, provisional);
                case RATIO -> UnitInput.ratio(numerators, denominators, provisional);
                case STOCK -> last;
            });
        }
        return new UnitByUnit(expected, submissions, inputs);
    }

    /** The units expected in a period, their reports and what each contributes, in the same order. */
    private record UnitByUnit(List<OrgUnit> expected, List<Submission> submissions, List<UnitInput> inputs) {
    }

    private static UnitByUnit unitByUnit(Indicator indicator, Period period, boolean future, PlanReports reports,
                                         Query query) {
        List<OrgUnit> expected = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        List<UnitInput> inputs = new ArrayList<>();
        for (OrgUnit unit : reports.units) {
            Submission submission = reports.submission(unit, period.code());
            SubmissionValue value = reports.value(submission, indicator);
            boolean counts = value != null && counts(submission.status, query.includeSubmitted());
            if (!counts && !indicator.isReportedBy(unit, period)) {
                continue;
            }
            expected.add(unit);
            submissions.add(submission);
            inputs.add(counts && !future ? input(indicator.valueKind, value, submission.status == SubmissionStatus.SUBMITTED)
                    : UnitInput.missing());
        }
        return new UnitByUnit(expected, submissions, inputs);
    }

    static boolean counts(SubmissionStatus status, boolean includeSubmitted) {
        return status == SubmissionStatus.APPROVED || (includeSubmitted && status == SubmissionStatus.SUBMITTED);
    }

    private static UnitInput input(ValueKind kind, SubmissionValue value, boolean provisional) {
        return switch (kind) {
            case RATIO -> UnitInput.ratio(value.numerator, value.denominator, provisional);
            case BOOLEAN -> UnitInput.answer(Boolean.TRUE.equals(value.answer), provisional);
            case NUMBER, COUNT -> UnitInput.number(value.number, provisional);
        };
    }

    private static PeriodFigureView periodView(LocalDate today, Period period, PeriodResult r, boolean inProgress,
                                               LocalDate reportsDue, UnitByUnit detail, boolean withUnits) {
        List<UnitFigureView> units = null;
        if (withUnits) {
            units = new ArrayList<>(detail.expected().size());
            for (int i = 0; i < detail.expected().size(); i++) {
                OrgUnit unit = detail.expected().get(i);
                UnitInput input = detail.inputs().get(i);
                UnitResult unitResult = r.units().get(i);
                Submission submission = detail.submissions().get(i);
                units.add(new UnitFigureView(unit.code, unit.nameVi, unit.nameEn, unit.type, unit.isValidOn(today),
                        ReportState.of(submission == null ? null : submission.status), input.counted(),
                        Decimals.strip(unitResult.value()), Decimals.strip(input.numerator()),
                        Decimals.strip(input.denominator()), unitResult.meets(), null, null));
            }
        }
        return new PeriodFigureView(period.code(), period.year(), Decimals.strip(r.figure()), r.noData(),
                r.noDataReason(), r.met(), r.provisional(), Decimals.strip(r.numerator()),
                Decimals.strip(r.denominator()), r.expectedUnits(), r.reportedUnits(), r.missingUnits(),
                r.meetingUnits(), inProgress, reportsDue, Decimals.strip(r.figure()), null, null, null, null, units, null,
                null);
    }
}
