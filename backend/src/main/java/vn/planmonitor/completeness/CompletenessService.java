package vn.planmonitor.completeness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Violations;
import vn.planmonitor.period.Period;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.plan.YearRange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who has reported: one period of a plan ({@link #of}) and the plan's years side by side ({@link #matrix},
 * the chart a district officer chases reports with). Both are read from one {@link CompletenessGrid} and
 * counted by the rule in {@link ReportState}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletenessService {

    @Inject
    Clock clock;

    /** What the matrix is asked for, parsed by the resource: a unit type (null: all) and years (null: the plan's). */
    public record MatrixQuery(String type, Integer from, Integer to) {
    }

    public CompletenessView of(String planCode, String periodCode, String type) {
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
        LocalDate today = LocalDate.now(clock);
        CompletenessGrid grid = CompletenessGrid.load(plan, List.of(period), type, today);
        List<CompletenessView.Row> rows = new ArrayList<>();
        for (CompletenessGrid.Row row : grid.rows) {
            CompletenessGrid.Cell cell = row.cells().get(0);
            var s = cell.report();
            rows.add(new CompletenessView.Row(row.unit().code, row.unit().nameVi, row.unit().nameEn, row.unit().type,
                    cell.state().name(), s == null ? null : s.id, s == null ? null : s.submittedAt,
                    s == null ? null : s.onTime, cell.late()));
        }
        // Units by their type's order (the district, its wards, then agencies, as before types were data), then code.
        List<String> typeOrder = UnitType.listInOrder().stream().map(t -> t.code).toList();
        rows.sort(Comparator.comparingInt((CompletenessView.Row r) -> typeOrder.indexOf(r.type()))
                .thenComparing(CompletenessView.Row::orgUnitCode));
        CompletenessGrid.Tally tally = grid.tally(0);
        LocalDate deadline = grid.dueDates.get(0);
        return new CompletenessView(plan.code, period.code(), deadline, today.isAfter(deadline),
                new CompletenessView.Totals(tally.expected(), tally.received(), tally.approved(), tally.onTime(),
                        tally.missing()), rows);
    }

    /** Yearly periods only (every indicator of the District 11 plan is yearly). */
    public CompletenessMatrixView matrix(long planId, MatrixQuery query) {
        Plan plan = PlanService.find(planId);
        Violations v = new Violations();
        YearRange years = YearRange.of(plan, query.from(), query.to(), v);
        v.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        CompletenessGrid grid = CompletenessGrid.load(plan,
                Period.between(PeriodType.YEARLY, years.from(), years.to()), query.type(), today);
        List<CompletenessMatrixView.Column> columns = new ArrayList<>(grid.periods.size());
        for (int i = 0; i < grid.periods.size(); i++) {
            CompletenessGrid.Tally tally = grid.tally(i);
            columns.add(new CompletenessMatrixView.Column(grid.periods.get(i).code(), grid.dueDates.get(i),
                    tally.expected(), tally.received(), tally.approved(), tally.late()));
        }
        List<CompletenessMatrixView.Row> rows = grid.rows.stream().map(row -> new CompletenessMatrixView.Row(
                row.unit().code, row.unit().nameVi, row.unit().nameEn, row.unit().type, row.unit().isValidOn(today),
                row.cells().stream().map(c -> new CompletenessMatrixView.Cell(c.period().code(), c.state(), c.late(),
                        c.report() == null ? null : c.report().id,
                        c.report() == null ? null : c.report().firstSubmittedAt)).toList())).toList();
        return new CompletenessMatrixView(plan.code, years.from(), years.to(), query.type(), today.getYear(),
                Instant.now(clock), columns, rows);
    }
}
