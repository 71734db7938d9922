package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target's district figure in one period, with the counts behind it; {@code units} only when asked for.
 * {@code subPeriods}: for a year rolled up from months or quarters (K14), the figure of each of them, so a
 * chart can show the months; {@code null} otherwise.
 */
public record PeriodFigureView(String period, int year, BigDecimal figure, boolean noData, NoDataReason noDataReason,
                               Boolean met, boolean provisional, BigDecimal numerator, BigDecimal denominator,
                               int expectedUnits, int reportedUnits, int missingUnits, Integer meetingUnits,
                               List<UnitFigureView> units, List<PeriodFigureView> subPeriods) {

    PeriodFigureView withSubPeriods(List<PeriodFigureView> periods) {
        return new PeriodFigureView(period, year, figure, noData, noDataReason, met, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, units, periods);
    }
}
