package vn.planmonitor.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Today;
import vn.planmonitor.common.Violations;
import vn.planmonitor.completeness.CompletenessMatrixView;
import vn.planmonitor.completeness.CompletenessService;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.plan.YearRange;
import vn.planmonitor.progress.PeriodFigureView;
import vn.planmonitor.progress.PlanProgressView;
import vn.planmonitor.progress.ProgressQuery;
import vn.planmonitor.progress.ProgressService;
import vn.planmonitor.progress.TargetProgressView;
import vn.planmonitor.progress.UnitFigureView;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetMeasure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a plan's annual report. Every figure is the API's: the targets' statuses and yearly figures from
 * {@link ProgressService} (the plan's progress over every year, from the progress summaries, and the year
 * asked for once more unit by unit), the reporting from {@link CompletenessService}'s matrix. Only the
 * appendix reads the stored values directly — the year's approved reports, in one query — because no
 * service lists raw values by status. So a report costs a fixed number of queries whatever the number of
 * units and targets (no query per unit or per target).
 */
@ApplicationScoped
public class AnnualReportService {

    @Inject
    ProgressService progress;

    @Inject
    CompletenessService completeness;

    @Inject
    ReportConfig config;

    @Inject
    Clock clock;

    /** The report's figures, checked and gathered; 404 for an unknown plan, 400 for a year outside it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    AnnualReport build(long planId, String yearText) {
        Plan plan = PlanService.find(planId);
        Violations v = new Violations();
        Integer year = YearRange.parseYear(yearText, "year", v);
        if (year == null && !v.has("year")) {
            v.add("year", "required");
        } else if (year != null && (year < plan.firstYear || year > plan.lastYear)) {
            v.add("year", "outside-plan", plan.firstYear, plan.lastYear);
        }
        v.throwIfAny();

        PlanProgressView everyYear = progress.plan(planId, ProgressQuery.DEFAULT);
        PlanProgressView ofYear = progress.plan(planId, new ProgressQuery(year, year, false, true));
        Map<String, Target> targets = new HashMap<>();
        Target.<Target>list("plan", plan).forEach(t -> targets.put(t.code, t));
        Map<String, TargetProgressView> yearViews = new HashMap<>();
        ofYear.targets().forEach(t -> yearViews.put(t.targetCode(), t));

        List<AnnualReport.TargetSection> sections = new ArrayList<>();
        for (TargetProgressView all : everyYear.targets()) {
            sections.add(section(plan, year, all, yearViews.get(all.targetCode()), targets.get(all.targetCode())));
        }
        CompletenessMatrixView matrix = completeness.matrix(planId,
                new CompletenessService.MatrixQuery(null, year, year));
        CompletenessMatrixView.Column column = matrix.periods().get(0);
        List<String> late = matrix.units().stream().filter(r -> r.cells().get(0).late())
                .map(r -> r.nameVi() + " (" + r.orgUnitCode() + ")").toList();

        String body = config.issuingBody().orElse(plan.issuingBodyVi);
        String place = config.place().orElseGet(() -> OrgUnit.<OrgUnit>find("parent is null order by code")
                .firstResultOptional().map(u -> u.nameVi).orElse(""));
        return new AnnualReport(plan.code, plan.titleVi, year, body, place,
                config.number().orElse("……"), LocalDate.now(clock.withZone(Today.ZONE)), sections,
                new AnnualReport.Completeness(column.dueDate(), column.expectedUnits(), column.receivedUnits(),
                        column.approvedUnits(), column.lateUnits(), late),
                appendix(plan, year), config.signerTitle(), config.signerName().orElse(""), config.recipients());
    }

    private static AnnualReport.TargetSection section(Plan plan, int year, TargetProgressView all,
                                                      TargetProgressView ofYear, Target target) {
        PeriodFigureView figure = yearFigure(ofYear == null ? all : ofYear, year);
        boolean noData = figure == null || figure.noData() || figure.figure() == null;
        String sentence = TargetSentence.of(new TargetSentence.Shape(all.direction(), all.measure(), all.percentage(),
                all.threshold(), all.thresholdHigh(), all.timing(), all.dueYear(), plan.firstYear,
                all.baseline() == null ? (target == null ? null : target.baselineYear) : Integer.valueOf(all.baseline().year()),
                target == null ? List.of() : target.milestones));
        List<AnnualReport.YearPoint> points = new ArrayList<>();
        Map<Integer, PeriodFigureView> byYear = new LinkedHashMap<>();
        for (PeriodFigureView p : all.periods()) {
            // A monthly indicator that is not rolled up has several periods a year: its year is its last figure.
            if (p.figure() != null || !byYear.containsKey(p.year())) {
                byYear.put(p.year(), p);
            }
        }
        byYear.values().forEach(p -> points.add(new AnnualReport.YearPoint(p.year(),
                TargetMeasure.orDefault(all.measure()) == TargetMeasure.LEVEL ? p.figure() : p.compared(),
                p.threshold() != null ? p.threshold() : all.threshold())));
        List<AnnualReport.UnitLine> units = new ArrayList<>();
        if (figure != null && figure.units() != null) {
            for (UnitFigureView u : figure.units()) {
                units.add(new AnnualReport.UnitLine(u.orgUnitCode(), u.nameVi(),
                        ReportTexts.t("report.state." + u.status().name()),
                        u.value() == null ? "—" : unitValue(all, u),
                        u.meets() == null ? "" : ReportTexts.t(u.meets() ? "report.yes" : "report.no")));
            }
        }
        return new AnnualReport.TargetSection(all.targetCode(), all.statementVi(),
                noData ? ReportTexts.t("targetDetail.noFigure") + " (" + ReportTexts.t("report.noData") + ")"
                        : ReportTexts.figure(all.percentage(), figure.figure()),
                noData ? "" : basis(all, figure), noData, sentence == null ? "" : sentence,
                ReportTexts.t("progress." + all.status().name()), reason(all), all.percentage(), points, units);
    }

    /** The year's figure: the year itself, or for months and quarters not rolled up, the last with a figure. */
    private static PeriodFigureView yearFigure(TargetProgressView view, int year) {
        PeriodFigureView found = null;
        for (PeriodFigureView p : view.periods()) {
            if (p.year() == year && (found == null || p.figure() != null || p.period().equals(String.valueOf(year)))) {
                found = p;
            }
        }
        return found;
    }

    /** A unit's own value: a share of units is judged per unit on the unit's percentage or number. */
    private static String unitValue(TargetProgressView t, UnitFigureView u) {
        if (u.numerator() != null && u.denominator() != null && u.denominator().signum() != 0
                && t.valueKind() == ValueKind.RATIO) {
            return ReportTexts.number(u.numerator()) + "/" + ReportTexts.number(u.denominator())
                    + " (" + ReportTexts.percent(u.value(), 1) + ")";
        }
        if (t.valueKind() == ValueKind.BOOLEAN) {
            return ReportTexts.t(u.value().signum() != 0 ? "report.yes" : "report.no");
        }
        return ReportTexts.figure(false, u.value());
    }

    /** As the SPA's {@code describeBasis}: " (21/22)", " (12/16 đơn vị đạt)". */
    private static String basis(TargetProgressView t, PeriodFigureView p) {
        String text = switch (t.aggregation()) {
            case RATIO_OF_SUMS -> p.numerator() != null && p.denominator() != null
                    ? ReportTexts.number(p.numerator()) + "/" + ReportTexts.number(p.denominator()) : "";
            case SHARE_OF_UNITS_MEETING -> ReportTexts.t("explain.basisMeeting", Map.of("meeting",
                    ReportTexts.number(BigDecimal.valueOf(p.meetingUnits() == null ? 0 : p.meetingUnits())),
                    "expected", ReportTexts.number(BigDecimal.valueOf(p.expectedUnits()))));
            case AVERAGE -> p.numerator() != null && p.denominator() != null
                    ? ReportTexts.t("explain.basisAverage", Map.of("sum", ReportTexts.number(p.numerator()),
                    "units", ReportTexts.number(p.denominator()))) : "";
            default -> "";
        };
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    /** As the SPA's {@code explainStatusReason}: the status reason in words, with the same figures. */
    static String reason(TargetProgressView t) {
        if (t.statusReason() == null) {
            return "";
        }
        Map<String, Object> params = new HashMap<>();
        params.put("year", t.latestYear() == null ? "—" : t.latestYear());
        params.put("figure", ReportTexts.figure(t.percentage(), t.latestFigure()));
        params.put("threshold", ReportTexts.figure(t.percentage(), t.threshold()));
        params.put("dueYear", t.dueYear() == null ? "—" : t.dueYear());
        params.put("projected", t.projection() == null ? "—"
                : ReportTexts.figure(t.percentage(), t.projection().projectedValue()));
        params.put("expected", t.pace() == null ? "—" : ReportTexts.figure(t.percentage(), t.pace().expectedSoFar()));
        params.put("yearsGone", t.pace() == null ? "—" : t.pace().yearsGone());
        params.put("yearsTotal", t.pace() == null ? "—" : t.pace().yearsTotal());
        return ReportTexts.t("explain.reason." + t.statusReason().name(), params);
    }

    /** The year's approved values, unit by unit, in one query (a year of one plan, not the database). */
    private static List<AnnualReport.AppendixRow> appendix(Plan plan, int year) {
        List<Object[]> rows = SubmissionValue.getEntityManager().createQuery(
                "select u.code, u.nameVi, i.code, i.nameVi, i.unitVi, v.number, v.numerator, v.denominator, v.answer,"
                        + " s.decidedAt from SubmissionValue v join v.submission s join s.orgUnit u join v.indicator i"
                        + " where s.plan = ?1 and s.periodCode like ?2 and s.status = ?3"
                        + " order by u.code, s.periodCode, i.code", Object[].class)
                .setParameter(1, plan).setParameter(2, Period.yearly(year).code() + "%")
                .setParameter(3, SubmissionStatus.APPROVED).getResultList();
        List<AnnualReport.AppendixRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new AnnualReport.AppendixRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    value((String) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (Boolean) r[8]),
                    r[9] == null ? "" : ReportTexts.date(LocalDate.ofInstant((Instant) r[9], Today.ZONE))));
        }
        return out;
    }

    private static String value(String unit, BigDecimal number, BigDecimal numerator, BigDecimal denominator,
                                Boolean answer) {
        if (answer != null) {
            return ReportTexts.t(answer ? "report.yes" : "report.no");
        }
        if (numerator != null || denominator != null) {
            return (numerator == null ? "—" : ReportTexts.number(numerator)) + "/"
                    + (denominator == null ? "—" : ReportTexts.number(denominator));
        }
        if (number != null) {
            return ReportTexts.number(number) + (unit == null || unit.isBlank() ? "" : " " + unit);
        }
        return "—";
    }
}
