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
 */
public record PeriodResult(BigDecimal figure, NoDataReason noDataReason, Boolean met, boolean provisional,
                           BigDecimal numerator, BigDecimal denominator, int expectedUnits, int reportedUnits,
                           int missingUnits, Integer meetingUnits, List<UnitResult> units) {

    public boolean noData() {
        return figure == null;
    }
}
