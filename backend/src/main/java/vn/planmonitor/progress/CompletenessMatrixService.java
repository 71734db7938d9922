package vn.planmonitor.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.orgunit.OrgUnitType;
import vn.planmonitor.period.Period;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.submission.Submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Units × years of a plan: who has reported, in what state, and who is late — the chart a district
 * officer chases reports with. Yearly periods only (every indicator of the District 11 plan is yearly).
 * <p>
 * A unit is a row when it reports at least one of the plan's yearly indicators today, or has any report
 * for the plan in the years shown (so a unit deactivated mid-plan keeps its past reports). Its cell is
 * its report's status, else MISSING if it reports the plan today, else NOT_EXPECTED.
 */
@ApplicationScoped
public class CompletenessMatrixService {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompletenessMatrixView matrix(long planId, String type, String from, String to) {
        Plan plan = PlanService.find(planId);
        Violations v = new Violations();
        OrgUnitType unitType = Codes.enumParam(OrgUnitType.class, type, "type", v);
        YearRange years = YearRange.parse(plan, from, to, v);
        v.throwIfAny();
        List<Indicator> yearlyIndicators = Indicator.listForPlan(plan).stream()
                .filter(i -> i.periodType == PeriodType.YEARLY).toList();
        PlanReports reports = PlanReports.load(plan, List.of());
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = Period.between(PeriodType.YEARLY, years.from(), years.to());
        List<CompletenessMatrixView.Row> rows = new ArrayList<>();
        int[] expected = new int[periods.size()];
        int[] received = new int[periods.size()];
        int[] approved = new int[periods.size()];
        int[] late = new int[periods.size()];
        for (OrgUnit unit : reports.units) {
            if (unitType != null && unit.type != unitType) {
                continue;
            }
            boolean reportsPlan = yearlyIndicators.stream().anyMatch(i -> i.isReportedBy(unit));
            List<CompletenessMatrixView.Cell> cells = new ArrayList<>(periods.size());
            boolean anyReport = false;
            for (Period period : periods) {
                Submission s = reports.submission(unit, period.code());
                anyReport |= s != null;
                ReportState state = s != null ? ReportState.of(s.status)
                        : reportsPlan ? ReportState.MISSING : ReportState.NOT_EXPECTED;
                // Until the review workflow records when a report was submitted, its last change stands in.
                Instant submittedAt = s == null ? null : s.firstSubmittedAt;
                boolean isLate = Deadlines.late(state, submittedAt,
                        Deadlines.dueDate(period, plan.reportDeadlineDays), today);
                cells.add(new CompletenessMatrixView.Cell(period.code(), state, isLate, s == null ? null : s.id,
                        submittedAt));
            }
            if (!reportsPlan && !anyReport) {
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                ReportState state = cells.get(i).status();
                expected[i] += state == ReportState.NOT_EXPECTED ? 0 : 1;
                received[i] += state == ReportState.SUBMITTED || state == ReportState.APPROVED ? 1 : 0;
                approved[i] += state == ReportState.APPROVED ? 1 : 0;
                late[i] += cells.get(i).late() ? 1 : 0;
            }
            rows.add(new CompletenessMatrixView.Row(unit.code, unit.nameVi, unit.nameEn, unit.type, unit.active,
                    cells));
        }
        List<CompletenessMatrixView.Column> columns = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            columns.add(new CompletenessMatrixView.Column(periods.get(i).code(),
                    Deadlines.dueDate(periods.get(i), plan.reportDeadlineDays), expected[i], received[i],
                    approved[i], late[i]));
        }
        return new CompletenessMatrixView(plan.code, years.from(), years.to(), unitType, today.getYear(),
                Instant.now(clock), columns, rows);
    }
}
