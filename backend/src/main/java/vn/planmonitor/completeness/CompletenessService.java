package vn.planmonitor.completeness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.orgunit.OrgUnitType;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.planmonitor.progress.Deadlines;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletenessService {

    @Inject
    Clock clock;

    /**
     * Expected: every active unit that reports at least one of the plan's indicators for this kind of
     * period, plus any unit that has a report anyway (a unit deactivated later still shows what it sent).
     */
    public CompletenessView of(String planCode, String periodCode, OrgUnitType type) {
        Violations v = new Violations();
        v.required("plan", planCode).required("period", periodCode);
        Plan plan = planCode == null ? null : Plan.findByCode(planCode).orElse(null);
        if (planCode != null && plan == null) {
            v.add("plan", "unknown-code", planCode);
        }
        Period period = periodCode == null ? null : Period.parse(periodCode).orElse(null);
        if (periodCode != null && period == null) {
            v.add("period", "invalid-period", periodCode);
        } else if (period != null && plan != null && !plan.covers(period)) {
            v.add("period", "outside-plan", plan.firstYear, plan.lastYear);
        }
        v.throwIfAny();
        List<Indicator> indicators = Indicator.listForPlan(plan).stream()
                .filter(i -> i.periodType == period.type()).toList();
        Map<Long, Submission> reports = Submission.<Submission>list("plan = ?1 and periodCode = ?2", plan,
                period.code()).stream().collect(Collectors.toMap(s -> s.orgUnit.id, Function.identity()));
        List<OrgUnit> expected = OrgUnit.<OrgUnit>listAll().stream()
                .filter(u -> reports.containsKey(u.id) || indicators.stream().anyMatch(i -> i.isReportedBy(u)))
                .filter(u -> type == null || u.type == type)
                .sorted(Comparator.comparing((OrgUnit u) -> u.type).thenComparing(u -> u.code))
                .toList();
        LocalDate deadline = Deadlines.dueDate(period, plan.reportDeadlineDays);
        boolean passed = LocalDate.now(clock).isAfter(deadline);
        List<CompletenessView.Row> rows = new ArrayList<>();
        int received = 0;
        int approved = 0;
        int onTime = 0;
        for (OrgUnit unit : expected) {
            Submission s = reports.get(unit.id);
            boolean wasSubmitted = s != null && s.firstSubmittedAt != null;
            received += wasSubmitted ? 1 : 0;
            approved += s != null && s.status == SubmissionStatus.APPROVED ? 1 : 0;
            onTime += s != null && Boolean.TRUE.equals(s.onTime) ? 1 : 0;
            boolean late = wasSubmitted ? Boolean.FALSE.equals(s.onTime) : passed;
            rows.add(new CompletenessView.Row(unit.code, unit.nameVi, unit.nameEn, unit.type,
                    s == null ? "MISSING" : s.status.name(), s == null ? null : s.id,
                    s == null ? null : s.submittedAt, s == null ? null : s.onTime, late));
        }
        var totals = new CompletenessView.Totals(rows.size(), received, approved, onTime, rows.size() - received);
        return new CompletenessView(plan.code, period.code(), deadline, passed, totals, rows);
    }
}
