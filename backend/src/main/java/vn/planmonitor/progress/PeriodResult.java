package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * The district figure of one target in one period, with what it was formed from.
 *
 * @param figure       the district figure, {@code null} exactly when {@code noDataReason} is set
 * @param met          whether the figure reaches the target's threshold; {@code null} without a figure
 * @param numerator    RATIO_OF_SUMS: sum of numerators; SHARE_OF_UNITS_MEETING: units meeting;
 *                     AVERAGE: sum of the values; SUM: {@code null}
 * @param denominator  RATIO_OF_SUMS: sum of denominators; SHARE_OF_UNITS_MEETING: units expected;
 *                     AVERAGE: units reported; SUM: {@code null}
 * @param meetingUnits units reaching the per-unit threshold; {@code null} for SUM, which has none
 * @param units        one result per input unit, in the same order
 * @param allocatedUnits   K11: expected units with an allocation in force (0 without allocations)
 * @param allocatedMeeting those of them whose counted value meets their own allocation
 * @param allocatedShare   allocatedMeeting ÷ allocatedUnits × 100; {@code null} without allocated units or
 *                         before any report counts
 */
public record PeriodResult(BigDecimal figure, NoDataReason noDataReason, Boolean met, boolean provisional,
                           BigDecimal numerator, BigDecimal denominator, int expectedUnits, int reportedUnits,
                           int missingUnits, Integer meetingUnits, List<UnitResult> units, int allocatedUnits,
                           int allocatedMeeting, BigDecimal allocatedShare) {

    /** Without allocations. */
    public PeriodResult(BigDecimal figure, NoDataReason noDataReason, Boolean met, boolean provisional,
                        BigDecimal numerator, BigDecimal denominator, int expectedUnits, int reportedUnits,
                        int missingUnits, Integer meetingUnits, List<UnitResult> units) {
        this(figure, noDataReason, met, provisional, numerator, denominator, expectedUnits, reportedUnits,
                missingUnits, meetingUnits, units, 0, 0, null);
    }

    public boolean noData() {
        return figure == null;
    }
}
