package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.util.List;

/** A target's district figure in one period, with the counts behind it; {@code units} only when asked for. */
public record PeriodFigureView(String period, int year, BigDecimal figure, boolean noData, NoDataReason noDataReason,
                               Boolean met, boolean provisional, BigDecimal numerator, BigDecimal denominator,
                               int expectedUnits, int reportedUnits, int missingUnits, Integer meetingUnits,
                               List<UnitFigureView> units) {
}
