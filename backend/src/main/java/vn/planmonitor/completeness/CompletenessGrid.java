package vn.planmonitor.completeness;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.Submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units × periods of a plan (periods of one kind): each unit's report state and whether it is late. Both
 * completeness answers are read from it — one period for {@code GET /completeness}, the plan's years for
 * the matrix — so they cannot disagree about who was expected, who has reported and who is late.
 * <p>
 * A unit is a row when it reports at least one of the plan's indicators for this kind of period in one
 * of the periods — it is valid on the period's last day ({@code OrgUnit#isExpectedIn}) — or has a report
 * for the plan in one of them (so a unit that ended keeps its past reports, and is expected in the
 * periods it was valid in). Loaded in three queries (indicators, units, reports), never one per unit.
 */
final class CompletenessGrid {

    record Cell(Period period, ReportState state, Submission report, boolean late) {
    }

    record Row(OrgUnit unit, List<Cell> cells) {
    }

    /** One period's totals over the rows; {@code missing} is every expected unit whose report was not received. */
    record Tally(int expected, int received, int approved, int onTime, int late) {

        int missing() {
            return expected - received;
        }
    }

    final List<Period> periods;
    final List<LocalDate> dueDates;
    final List<Row> rows;

    private CompletenessGrid(List<Period> periods, List<LocalDate> dueDates, List<Row> rows) {
        this.periods = periods;
        this.dueDates = dueDates;
        this.rows = rows;
    }

    /** @param periods of one kind (yearly, quarterly…); {@code type} null for every unit type */
    static CompletenessGrid load(Plan plan, List<Period> periods, String type, LocalDate today) {
        List<Indicator> indicators = periods.isEmpty() ? List.of() : Indicator.listForPlan(plan).stream()
                .filter(i -> i.periodType == periods.get(0).type()).toList();
        List<String> codes = periods.stream().map(Period::code).toList();
        Map<Long, Map<String, Submission>> reports = new HashMap<>();
        List<Submission> submissions = codes.isEmpty() ? List.of() : Submission.list(
                "select s from Submission s join fetch s.orgUnit where s.plan = ?1 and s.periodCode in ?2", plan, codes);
        for (Submission s : submissions) {
            reports.computeIfAbsent(s.orgUnit.id, k -> new HashMap<>()).put(s.periodCode, s);
        }
        List<LocalDate> dueDates = periods.stream().map(p -> Deadlines.dueDate(p, plan.reportDeadlineDays)).toList();
        List<Row> rows = new ArrayList<>();
        List<OrgUnit> units = OrgUnit.<OrgUnit>listAll().stream()
                .filter(u -> type == null || type.equals(u.type))
                .sorted(Comparator.comparing((OrgUnit u) -> u.code)).toList();
        for (OrgUnit unit : units) {
            Map<String, Submission> ofUnit = reports.getOrDefault(unit.id, Map.of());
            List<Boolean> expectedIn = periods.stream()
                    .map(p -> indicators.stream().anyMatch(i -> i.isReportedBy(unit, p))).toList();
            if (!expectedIn.contains(true) && ofUnit.isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(periods.size());
            for (int i = 0; i < periods.size(); i++) {
                Submission report = ofUnit.get(periods.get(i).code());
                ReportState state = ReportState.of(report, expectedIn.get(i));
                boolean late = Deadlines.late(state, report == null ? null : report.firstSubmittedAt,
                        dueDates.get(i), today);
                cells.add(new Cell(periods.get(i), state, report, late));
            }
            rows.add(new Row(unit, cells));
        }
        return new CompletenessGrid(periods, dueDates, rows);
    }

    Tally tally(int column) {
        int expected = 0;
        int received = 0;
        int approved = 0;
        int onTime = 0;
        int late = 0;
        for (Row row : rows) {
            Cell cell = row.cells().get(column);
            expected += cell.state().expected() ? 1 : 0;
            received += cell.state().received() ? 1 : 0;
            approved += cell.state() == ReportState.APPROVED ? 1 : 0;
            onTime += cell.report() != null && Boolean.TRUE.equals(cell.report().onTime) ? 1 : 0;
            late += cell.late() ? 1 : 0;
        }
        return new Tally(expected, received, approved, onTime, late);
    }
}
