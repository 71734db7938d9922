package vn.planmonitor.progress;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionValue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything reported for one plan (or some of its periods), loaded set-wise in three queries (units,
 * reports, values) however many units there are — never a query per unit. Read on every request, never
 * cached. It feeds the per-unit breakdown (and, over every period, the tests' reference computation the
 * stored cells are checked against); district figures otherwise come from {@link CellTotals}.
 */
final class PlanReports {

    final List<OrgUnit> units;
    private final Set<String> periodCodes;
    private final Map<Long, Map<String, Submission>> byUnitAndPeriod = new HashMap<>();
    private final Map<Long, Map<Long, SubmissionValue>> valuesBySubmission = new HashMap<>();

    private PlanReports(List<OrgUnit> units, Collection<String> periodCodes) {
        this.units = units;
        this.periodCodes = periodCodes == null ? null : Set.copyOf(periodCodes);
    }

    /** Whether the reports of every period were loaded. */
    boolean coversAll() {
        return periodCodes == null;
    }

    /** Whether the reports of this period were loaded. */
    boolean covers(String periodCode) {
        return periodCodes == null || periodCodes.contains(periodCode);
    }

    /** @param periodCodes the periods to load, {@code null} for all */
    static PlanReports load(Plan plan, Collection<Indicator> indicators, Collection<String> periodCodes) {
        String periods = periodCodes == null ? "" : " and s.periodCode in ?3";
        String reportsQuery = "select s from Submission s join fetch s.orgUnit where s.plan = ?1";
        List<Submission> submissions = periodCodes == null ? Submission.list(reportsQuery, plan)
                : periodCodes.isEmpty() ? List.of()
                : Submission.list(reportsQuery + " and s.periodCode in ?2", plan, periodCodes);
        PlanReports reports = new PlanReports(units(indicators, submissions), periodCodes);
        for (Submission s : submissions) {
            reports.byUnitAndPeriod.computeIfAbsent(s.orgUnit.id, k -> new HashMap<>()).put(s.periodCode, s);
        }
        if (!indicators.isEmpty()) {
            String query = "select v from SubmissionValue v join fetch v.submission s where s.plan = ?1"
                    + " and v.indicator in ?2" + periods;
            List<SubmissionValue> values = periodCodes == null ? SubmissionValue.list(query, plan, indicators)
                    : SubmissionValue.list(query, plan, indicators, periodCodes);
            for (SubmissionValue v : values) {
                reports.valuesBySubmission.computeIfAbsent(v.submission.id, k -> new HashMap<>())
                        .put(v.indicator.id, v);
            }
        }
        return reports;
    }

    /**
     * The units that can appear: those of a type (or named) that reports one of the indicators, and those
     * with a report
     * — not every unit of a national database.
     */
    private static List<OrgUnit> units(Collection<Indicator> indicators, List<Submission> submissions) {
        Map<Long, OrgUnit> units = new HashMap<>();
        Set<String> types = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (indicator.reportingUnits.isEmpty()) {
                types.addAll(indicator.reportingUnitTypes);
            } else {
                indicator.reportingUnits.forEach(u -> units.put(u.id, u));
            }
        }
        if (!types.isEmpty()) {
            // Every unit of the types, valid or not: whether it is expected depends on each period's last day.
            OrgUnit.<OrgUnit>list("type in ?1", types).forEach(u -> units.put(u.id, u));
        }
        submissions.forEach(s -> units.putIfAbsent(s.orgUnit.id, s.orgUnit));
        return units.values().stream().sorted(Comparator.comparing((OrgUnit u) -> u.code)).toList();
    }

    Submission submission(OrgUnit unit, String periodCode) {
        return byUnitAndPeriod.getOrDefault(unit.id, Map.of()).get(periodCode);
    }

    SubmissionValue value(Submission submission, Indicator indicator) {
        return submission == null ? null
                : valuesBySubmission.getOrDefault(submission.id, Map.of()).get(indicator.id);
    }
}
