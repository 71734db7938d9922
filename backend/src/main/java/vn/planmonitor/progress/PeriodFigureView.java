package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target's district figure in one period, with the counts behind it; {@code units} only when asked for.
 * {@code inProgress}: the period's year is before its reporting deadline, so the figure is shown but not
 * judged; {@code reportsDue}: the last day this period's reports are on time. {@code compared}: what the
 * threshold is compared with — the figure, or for a CUMULATIVE target the running sum of its year.
 * {@code subPeriods}: for a year rolled up from months or quarters (K14), the figure of each of them, so a
 * chart can show the months; {@code null} otherwise. {@code threshold}/{@code thresholdHigh}: the threshold
 * (and a band's high end) in force that year — the target's own, or for a target with milestones (K10) the
 * year's milestone, the target's own at the due year, and {@code null} in a year that is not judged (no
 * milestone); {@code null} for a sub-period. For a target compared with a baseline (K8, K9):
 * {@code comparedNoDataReason} says why {@code compared} is empty when the figure is not (no baseline figure,
 * a baseline of 0, a year not after the baseline year), and {@code yearOnYearGrowth} (AVERAGE_GROWTH only)
 * is the year's growth on the year before, in percent ({@code null} without both figures or when the year
 * before is 0).
 */
public record PeriodFigureView(String period, int year, BigDecimal figure, boolean noData, NoDataReason noDataReason,
                               Boolean met, boolean provisional, BigDecimal numerator, BigDecimal denominator,
                               int expectedUnits, int reportedUnits, int missingUnits, Integer meetingUnits,
                               boolean inProgress, LocalDate reportsDue, BigDecimal compared,
                               BigDecimal threshold, BigDecimal thresholdHigh, NoDataReason comparedNoDataReason,
                               BigDecimal yearOnYearGrowth, List<UnitFigureView> units, List<PeriodFigureView> subPeriods,
                               AllocationFigure allocations) {

    /**
     * K11: the year's allocation figures ({@code null} for a target without allocations), and each unit shown
     * with its allocation in force ({@code own}: per unit in the order of {@code units}, or {@code null}).
     */
    PeriodFigureView withAllocations(AllocationFigure figures, List<TargetStatusRule.Bound> own) {
        List<UnitFigureView> rows = units;
        if (units != null && own != null) {
            rows = new java.util.ArrayList<>(units.size());
            for (int i = 0; i < units.size(); i++) {
                rows.add(units.get(i).allocated(own.get(i)));
            }
        }
        return new PeriodFigureView(period, year, figure, noData, noDataReason, met, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, inProgress, reportsDue,
                compared, threshold, thresholdHigh, comparedNoDataReason, yearOnYearGrowth, rows, subPeriods, figures);
    }

    /** The same period judged on another value than its figure (a running sum). */
    PeriodFigureView judgedAs(BigDecimal value, Boolean isMet) {
        return new PeriodFigureView(period, year, figure, noData, noDataReason, isMet, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, inProgress, reportsDue, value,
                threshold, thresholdHigh, comparedNoDataReason, yearOnYearGrowth, units, subPeriods, allocations);
    }

    PeriodFigureView withSubPeriods(List<PeriodFigureView> periods) {
        return new PeriodFigureView(period, year, figure, noData, noDataReason, met, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, inProgress, reportsDue,
                compared, threshold, thresholdHigh, comparedNoDataReason, yearOnYearGrowth, units, periods, allocations);
    }

    /** The same period with the threshold in force that year, and whether it met it ({@code null}: not judged). */
    PeriodFigureView inForce(BigDecimal low, BigDecimal high, Boolean isMet) {
        return new PeriodFigureView(period, year, figure, noData, noDataReason, isMet, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, inProgress, reportsDue,
                compared, low, high, comparedNoDataReason, yearOnYearGrowth, units, subPeriods, allocations);
    }

    /**
     * The same period compared with a baseline: what is compared, why it is empty, the year-on-year growth.
     * Its units and sub-periods keep their figures but are not judged: a change threshold is not a level.
     */
    PeriodFigureView fromBaseline(BigDecimal value, Boolean isMet, NoDataReason reason, BigDecimal yearOnYear) {
        List<UnitFigureView> unjudged = units == null ? null : units.stream().map(u -> new UnitFigureView(
                u.orgUnitCode(), u.nameVi(), u.nameEn(), u.type(), u.active(), u.status(), u.counted(), u.value(),
                u.numerator(), u.denominator(), null, u.allocation(), u.allocationHigh())).toList();
        List<PeriodFigureView> parts = subPeriods == null ? null
                : subPeriods.stream().map(p -> p.inForce(null, null, null)).toList();
        return new PeriodFigureView(period, year, figure, noData, noDataReason, isMet, provisional, numerator,
                denominator, expectedUnits, reportedUnits, missingUnits, meetingUnits, inProgress, reportsDue,
                value, threshold, thresholdHigh, reason, yearOnYear, unjudged, parts, allocations);
    }
}
