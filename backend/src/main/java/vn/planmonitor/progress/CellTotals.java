package vn.planmonitor.progress;

import io.quarkus.hibernate.orm.panache.Panache;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored progress cells ({@link ProgressCells}) of some targets, added up the way a request counts:
 * approved reports, and with include=submitted the pending ones too. One query for a whole plan.
 */
final class CellTotals {

    private record Key(long targetId, String periodCode) {
    }

    /** A derived target's sums of one reported indicator its formula uses. */
    private record OperandKey(long targetId, long indicatorId, String periodCode) {
    }

    /** Mutable while the rows are read. */
    private static final class Sums {
        int reported;
        int outsidePeriod;
        int meeting;
        boolean pending;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        int allocatedOutsideNow;
        int allocationMeeting;
    }

    private final Map<Key, Sums> cells = new HashMap<>();
    private final Map<OperandKey, Sums> operandCells = new HashMap<>();

    private CellTotals() {
    }

    static CellTotals ofPlan(long planId, boolean includeSubmitted) {
        return load("c.target_id IN (SELECT id FROM plan_target WHERE plan_id = ?1)", planId, includeSubmitted);
    }

    static CellTotals ofTarget(long targetId, boolean includeSubmitted) {
        return load("c.target_id = ?1", targetId, includeSubmitted);
    }

    private static CellTotals load(String filter, long id, boolean includeSubmitted) {
        String where = " WHERE c.value_count <> 0 AND c.status IN "
                + (includeSubmitted ? "('APPROVED', 'SUBMITTED')" : "('APPROVED')") + " AND " + filter;
        CellTotals totals = new CellTotals();
        for (Object[] row : rows("SELECT c.target_id, c.period_code, c.status, c.reporter, c.value_count,"
                + " c.number_sum, c.numerator_sum, c.denominator_sum, c.meeting_count, c.allocated_count,"
                + " c.allocation_meeting_count FROM progress_cell c" + where, id)) {
            Sums sums = totals.cells.computeIfAbsent(new Key(((Number) row[0]).longValue(), (String) row[1]),
                    k -> new Sums());
            add(sums, row);
            // Allocated units expected in the period are counted from the allocations; these are the others that reported.
            if (!isTrue(row[3])) {
                sums.allocatedOutsideNow += ((Number) row[9]).intValue();
            }
            sums.allocationMeeting += ((Number) row[10]).intValue();
        }
        // A derived target's sums per operand: a value sum, no ratio parts, no units meeting.
        for (Object[] row : rows("SELECT c.target_id, c.period_code, c.status, c.reporter, c.value_count,"
                + " c.value_sum, 0, 0, 0, c.indicator_id FROM progress_operand_cell c" + where, id)) {
            add(totals.operandCells.computeIfAbsent(new OperandKey(((Number) row[0]).longValue(),
                    ((Number) row[9]).longValue(), (String) row[1]), k -> new Sums()), row);
        }
        return totals;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, long id) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter(1, id).getResultList();
    }

    /** Adds one stored row: status, reporter, count, sum, numerators, denominators, meeting (columns 2–8). */
    private static void add(Sums sums, Object[] row) {
        int count = ((Number) row[4]).intValue();
        sums.reported += count;
        if (!isTrue(row[3])) {
            sums.outsidePeriod += count;
        }
        sums.pending |= "SUBMITTED".equals(row[2]);
        sums.sum = sums.sum.add(decimal(row[5]));
        sums.numerators = sums.numerators.add(decimal(row[6]));
        sums.denominators = sums.denominators.add(decimal(row[7]));
        sums.meeting += ((Number) row[8]).intValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
    }

    /**
     * @param expectedInPeriod units expected to report the target's indicator in the period (valid on its last
     *                    day); units not expected then whose reports count are expected as well
     */
    Aggregator.Totals totals(long targetId, String periodCode, int expectedInPeriod) {
        return totals(targetId, periodCode, expectedInPeriod, 0);
    }

    /**
     * @param allocatedInPeriod units with an allocation in force in the period's year that are expected to report
     *                     the indicator in it (K11); allocated units not expected then whose reports count
     *                     are allocated units of this period as well
     */
    Aggregator.Totals totals(long targetId, String periodCode, int expectedInPeriod, int allocatedInPeriod) {
        Sums s = cells.get(new Key(targetId, periodCode));
        Aggregator.Totals t = toTotals(s, expectedInPeriod);
        return s == null ? t.withAllocated(allocatedInPeriod, 0)
                : t.withAllocated(allocatedInPeriod + s.allocatedOutsideNow, s.allocationMeeting);
    }

    /**
     * A derived target's totals of one reported indicator its formula uses, as {@link #totals} for a target.
     *
     * @param expectedInPeriod units expected to report that indicator in the period
     */
    Aggregator.Totals operandTotals(long targetId, long indicatorId, String periodCode, int expectedInPeriod) {
        return toTotals(operandCells.get(new OperandKey(targetId, indicatorId, periodCode)), expectedInPeriod);
    }

    private static Aggregator.Totals toTotals(Sums s, int expectedInPeriod) {
        if (s == null) {
            return new Aggregator.Totals(expectedInPeriod, 0, 0, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new Aggregator.Totals(expectedInPeriod + s.outsidePeriod, s.reported, s.meeting, s.pending, s.sum,
                s.numerators, s.denominators);
    }

    private static boolean isTrue(Object flag) {
        return flag instanceof Boolean b ? b : ((Number) flag).intValue() != 0;
    }
}
