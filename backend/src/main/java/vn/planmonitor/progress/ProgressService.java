package vn.planmonitor.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.target.Target;
import vn.planmonitor.target.TargetService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Live progress of targets: every request reads the reports as they are now (no analytics tables to
 * rebuild, no cache), so a figure reflects an approved report the moment it is approved.
 * <p>
 * Who is expected to report a target's indicator in a period: every unit that reports the indicator
 * today ({@link Indicator#isReportedBy}: active indicator, active unit of a reporting type, and among
 * the named reporting units if the indicator names any), <em>plus</em> any unit — even one inactive
 * now — whose report for that period counts and holds a value for the indicator. So a ward merged
 * away in 2019 still counts in 2016–2018, where it reported, and is not expected afterwards.
 * <p>
 * Which reports count: APPROVED; with {@code include=submitted} also SUBMITTED (the figure is then
 * marked provisional). DRAFT and RETURNED never count: a returned report is treated as missing. A
 * counted report without a value for the indicator counts as missing for that target.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    Clock clock;

    /** What to compute, once the request's parameters are checked. */
    record Query(YearRange years, boolean includeSubmitted, boolean withUnits) {

        List<SubmissionStatus> countedStatuses() {
            return includeSubmitted ? List.of(SubmissionStatus.APPROVED, SubmissionStatus.SUBMITTED)
                    : List.of(SubmissionStatus.APPROVED);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgressView plan(long planId, String from, String to, String include, String units) {
        Plan plan = PlanService.find(planId);
        Query query = query(plan, from, to, include, units, false);
        List<Target> targets = Target.list("select t from Target t join fetch t.indicator where t.plan = ?1 "
                + "order by t.sortOrder, t.code", plan);
        PlanReports reports = PlanReports.load(plan, targets.stream().map(t -> t.indicator).distinct().toList());
        int currentYear = LocalDate.now(clock).getYear();
        List<TargetProgressView> views = targets.stream()
                .map(t -> progress(t, plan, reports, query, currentYear)).toList();
        return new PlanProgressView(plan.code, query.years().from(), query.years().to(), currentYear,
                query.countedStatuses(), Instant.now(clock), views);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetProgressReport target(long targetId, String from, String to, String include, String units) {
        Target target = TargetService.find(targetId);
        Plan plan = target.plan;
        Query query = query(plan, from, to, include, units, true);
        PlanReports reports = PlanReports.load(plan, List.of(target.indicator));
        int currentYear = LocalDate.now(clock).getYear();
        return new TargetProgressReport(plan.code, query.years().from(), query.years().to(), currentYear,
                query.countedStatuses(), Instant.now(clock), progress(target, plan, reports, query, currentYear));
    }

    private static Query query(Plan plan, String from, String to, String include, String units,
                               boolean unitsByDefault) {
        Violations v = new Violations();
        YearRange years = YearRange.parse(plan, from, to, v);
        boolean includeSubmitted = false;
        String wanted = Codes.trimToNull(include);
        if ("submitted".equals(wanted)) {
            includeSubmitted = true;
        } else if (wanted != null) {
            v.add("include", "not-one-of", "submitted");
        }
        Boolean withUnits = Codes.booleanParam(units, "units", v);
        v.throwIfAny();
        return new Query(years, includeSubmitted, withUnits == null ? unitsByDefault : withUnits);
    }

    /**
     * Computes every period of the plan — the status needs them all, whatever {@code from}/{@code to}
     * ask to show — and returns the periods within the requested years.
     */
    private static TargetProgressView progress(Target target, Plan plan, PlanReports reports, Query query,
                                               int currentYear) {
        Indicator indicator = target.indicator;
        Aggregator.Rule rule = new Aggregator.Rule(target.aggregation, target.threshold, target.unitThreshold);
        List<PeriodFigureView> shown = new ArrayList<>();
        // Per year, the figure of its last period with data: for a yearly indicator, simply the year's figure.
        TreeMap<Integer, TargetStatusRule.YearFigure> yearly = new TreeMap<>();
        boolean provisional = false;
        for (Period period : Period.between(indicator.periodType, plan.firstYear, plan.lastYear)) {
            boolean future = period.year() > currentYear;
            List<OrgUnit> expected = new ArrayList<>();
            List<Submission> submissions = new ArrayList<>();
            List<UnitInput> inputs = new ArrayList<>();
            for (OrgUnit unit : reports.units) {
                Submission submission = reports.submission(unit, period.code());
                SubmissionValue value = reports.value(submission, indicator);
                boolean counts = value != null && counts(submission.status, query.includeSubmitted());
                if (!counts && !indicator.isReportedBy(unit)) {
                    continue;
                }
                expected.add(unit);
                submissions.add(submission);
                inputs.add(counts && !future ? input(indicator.valueKind, value,
                        submission.status == SubmissionStatus.SUBMITTED) : UnitInput.missing());
            }
            PeriodResult result = Aggregator.aggregate(rule, inputs, future);
            provisional |= result.provisional();
            if (result.figure() != null || !yearly.containsKey(period.year())) {
                yearly.put(period.year(), new TargetStatusRule.YearFigure(period.year(), result.figure(),
                        Boolean.TRUE.equals(result.met())));
            }
            if (query.years().contains(period.year())) {
                shown.add(periodView(period, result, expected, submissions, inputs, query.withUnits()));
            }
        }
        TargetStatusRule.Verdict verdict = TargetStatusRule.evaluate(target.timing, target.dueYear,
                target.threshold, target.aggregation.isPercentage(), plan.firstYear, currentYear,
                List.copyOf(yearly.values()));
        TargetStatusRule.Trend trend = verdict.projection();
        ProjectionView projection = trend == null ? null : new ProjectionView(trend.dueYear(),
                Decimals.strip(trend.projectedValue()), Decimals.strip(trend.slopePerYear()), trend.direction(),
                trend.basedOnYears());
        boolean percentage = target.aggregation.isPercentage();
        return new TargetProgressView(target.id, target.code, indicator.code, target.statementVi,
                target.statementEn, target.aggregation, indicator.valueKind, percentage,
                percentage ? "%" : indicator.unitVi, percentage ? "%" : indicator.unitEn,
                Decimals.strip(target.threshold), Decimals.strip(rule.effectiveUnitThreshold()), target.timing,
                target.dueYear, verdict.status(), verdict.reason(), provisional, verdict.yearsMet(),
                verdict.yearsWithData(), verdict.latestYear(), Decimals.strip(verdict.latestFigure()), projection,
                shown);
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

    private static PeriodFigureView periodView(Period period, PeriodResult r, List<OrgUnit> expected,
                                               List<Submission> submissions, List<UnitInput> inputs,
                                               boolean withUnits) {
        List<UnitFigureView> units = null;
        if (withUnits) {
            units = new ArrayList<>(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                OrgUnit unit = expected.get(i);
                UnitInput input = inputs.get(i);
                UnitResult unitResult = r.units().get(i);
                Submission submission = submissions.get(i);
                units.add(new UnitFigureView(unit.code, unit.nameVi, unit.nameEn, unit.type, unit.active,
                        ReportState.of(submission == null ? null : submission.status), input.counted(),
                        Decimals.strip(unitResult.value()), Decimals.strip(input.numerator()),
                        Decimals.strip(input.denominator()), unitResult.meets()));
            }
        }
        return new PeriodFigureView(period.code(), period.year(), Decimals.strip(r.figure()), r.noData(),
                r.noDataReason(), r.met(), r.provisional(), Decimals.strip(r.numerator()),
                Decimals.strip(r.denominator()), r.expectedUnits(), r.reportedUnits(), r.missingUnits(),
                r.meetingUnits(), units);
    }
}
