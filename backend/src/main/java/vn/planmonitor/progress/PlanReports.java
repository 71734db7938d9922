package vn.planmonitor.progress;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionValue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything reported for one plan, loaded set-wise in three queries (units, reports, values) however
 * many units and periods there are — never a query per unit. Read on every request, never cached:
 * a figure changes the moment a report's status does.
 */
final class PlanReports {

    final List<OrgUnit> units;
    private final Map<Long, Map<String, Submission>> byUnitAndPeriod = new HashMap<>();
    private final Map<Long, Map<Long, SubmissionValue>> valuesBySubmission = new HashMap<>();

    private PlanReports(List<OrgUnit> units) {
        this.units = units;
    }

    /** @param indicators whose values to load; empty loads no values (the completeness matrix needs none) */
    static PlanReports load(Plan plan, Collection<Indicator> indicators) {
        List<OrgUnit> units = OrgUnit.<OrgUnit>listAll().stream()
                .sorted(Comparator.comparing((OrgUnit u) -> u.code)).toList();
        PlanReports reports = new PlanReports(units);
        List<Submission> submissions = Submission.list("plan = ?1", plan);
        for (Submission s : submissions) {
            reports.byUnitAndPeriod.computeIfAbsent(s.orgUnit.id, k -> new HashMap<>()).put(s.periodCode, s);
        }
        if (!indicators.isEmpty()) {
            List<SubmissionValue> values = SubmissionValue.list(
                    "select v from SubmissionValue v join fetch v.submission s where s.plan = ?1 and v.indicator in ?2",
                    plan, indicators);
            for (SubmissionValue v : values) {
                reports.valuesBySubmission.computeIfAbsent(v.submission.id, k -> new HashMap<>())
                        .put(v.indicator.id, v);
            }
        }
        return reports;
    }

    Submission submission(OrgUnit unit, String periodCode) {
        return byUnitAndPeriod.getOrDefault(unit.id, Map.of()).get(periodCode);
    }

    boolean hasAnySubmission(OrgUnit unit) {
        return byUnitAndPeriod.containsKey(unit.id);
    }

    SubmissionValue value(Submission submission, Indicator indicator) {
        return submission == null ? null
                : valuesBySubmission.getOrDefault(submission.id, Map.of()).get(indicator.id);
    }
}
