package vn.planmonitor.progress;

import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * Will the target be met? The rule, as the README states it for district officers:
 * <ul>
 * <li>Only judged years count: years up to the current year that are not in progress. A later year
 * cannot have been reported yet, and a year in progress (before its reporting deadline: the current
 * year, and the last one until its reports are due) is shown but not judged — three "no" answers in
 * June must not turn a share target OFF_TRACK.
 * <li>"Meets" follows the target's direction ({@link Bound}): at least, at most, or within a band.
 * <li>NO_DATA: no such year has a district figure.
 * <li>EVERY_YEAR ("hàng năm"): look at the years from the plan's first year to the latest year with a
 * figure. OFF_TRACK if that latest year missed the threshold; ACHIEVED if every one of those years met
 * it; AT_RISK if the latest year met it but an earlier one missed it or has no figure.
 * <li>BY_YEAR ("đến năm X"): look at the years up to X. ACHIEVED if the latest figure already reaches
 * the threshold. Otherwise, once year X is over and no longer in progress, OFF_TRACK. Otherwise draw the least-squares line
 * through the yearly figures (at least two years) and read it at year X: ON_TRACK if it meets the
 * threshold, AT_RISK if it is near it, OFF_TRACK otherwise. With a single year there is no trend: AT_RISK.
 * "Near" is within a tenth of the threshold's size on the wrong side, mirrored for each direction: at least
 * 90% of an at-least threshold (−11 for "at least −10"); at most 110% of an at-most threshold (a line falling to 0.54 against
 * "at most 0.5" is near); for a band, at least 90% of its low end and at most 110% of its high end.
 * <li>CHANGE_PERCENT, CHANGE_ABSOLUTE, AVERAGE_GROWTH (K8, K9): the same rule on the compared values (the
 * change from the baseline, or the average growth), with no 0–100 bound on the projection; an every-year
 * target counts from the year after the baseline ({@link #evaluateChange}).
 * <li>MILESTONES (K10, "năm 2023 đạt 40%, năm 2024 đạt 60%, năm 2025 đạt 80%"): a BY_YEAR target whose
 * milestone years are each judged against their own milestone, the due year against the target's threshold
 * (the final milestone); other years are shown, not judged. Looking at the judged milestone years (and the
 * due year) with a figure, the ladder is: none → NO_DATA; the due year met → ACHIEVED; the due year over and
 * missed (or without a figure) → OFF_TRACK; the latest judged milestone met → ON_TRACK; missed, but the line
 * through every judged year's figure, read at the due year, meets the final milestone → AT_RISK (catching up);
 * missed otherwise (or a single year, no line) → OFF_TRACK. The projection is always read at the due year
 * against the final milestone.
 * </ul>
 * Pure arithmetic, no database or clock: the current year and which years are in progress are parameters.
 */
public final class TargetStatusRule {

    /**
     * Why 90%: a straight line through at most five yearly figures is a rough guide — one ward's
     * report moves a 16-ward share by more than 6 points. A projection within a tenth of the threshold
     * is too close to call either way, so it is flagged for attention (AT_RISK) rather than declared
     * lost (OFF_TRACK) or safe (ON_TRACK). The tenth is of the threshold's size: a change target may have a
     * negative threshold ("giảm 10%", at most −10), where 90% of it (−9) would lie on the met side.
     */
    static final BigDecimal NEAR_TENTH = new BigDecimal("0.1");

    /** What a figure is judged against: a direction, the threshold and (BETWEEN) the band's high end. */
    public record Bound(TargetDirection direction, BigDecimal threshold, BigDecimal high) {

        public static Bound atLeast(BigDecimal threshold) {
            return new Bound(TargetDirection.AT_LEAST, threshold, null);
        }

        boolean meets(BigDecimal value) {
            return direction.meets(value, threshold, high);
        }

        /** Within a tenth of the bound on the side it is missed from (see the class comment). */
        boolean near(BigDecimal value) {
            boolean lowNear = value.compareTo(threshold.subtract(tenthOf(threshold))) >= 0;
            return switch (direction) {
                case AT_LEAST -> lowNear;
                case AT_MOST -> value.compareTo(threshold.add(tenthOf(threshold))) <= 0;
                case BETWEEN -> lowNear && value.compareTo(high.add(tenthOf(high))) <= 0;
            };
        }

        /** For 0 ≤ t the same as 90% / 110% of t; for a negative t still a tenth on the missed side. */
        private static BigDecimal tenthOf(BigDecimal t) {
            return t.abs().multiply(NEAR_TENTH);
        }
    }

    /**
     * One year's district figure; {@code figure} is {@code null} when the year has no data.
     * {@code inProgress}: its reporting deadline has not passed, so it is shown but not judged.
     */
    public record YearFigure(int year, BigDecimal figure, boolean met, boolean inProgress) {

        public YearFigure(int year, BigDecimal figure, boolean met) {
            this(year, figure, met, false);
        }

        boolean judged(int currentYear) {
            return year <= currentYear && !inProgress;
        }
    }

    /** The trend line read at the due year. */
    public record Trend(int dueYear, BigDecimal projectedValue, BigDecimal slopePerYear, Direction direction,
                        int basedOnYears) {
    }

    /**
     * A cumulative target on the way: after {@code yearsGone} of the period's {@code yearsTotal} years the
     * running sum is compared with the straight share of the threshold, {@code threshold × gone ÷ total}
     * (and of a band's high end), rounded to 4 decimals half up.
     */
    public record Pace(int yearsGone, int yearsTotal, BigDecimal expectedSoFar, BigDecimal expectedHighSoFar) {
    }

    public record Verdict(ProgressStatus status, StatusReason reason, int yearsMet, int yearsWithData,
                          Integer latestYear, BigDecimal latestFigure, Trend projection, Pace pace) {

        Verdict(ProgressStatus status, StatusReason reason, int yearsMet, int yearsWithData, Integer latestYear,
                BigDecimal latestFigure, Trend projection) {
            this(status, reason, yearsMet, yearsWithData, latestYear, latestFigure, projection, null);
        }
    }

    private TargetStatusRule() {
    }

    /** An at-least target. */
    public static Verdict evaluate(TargetTiming timing, Integer dueYear, BigDecimal threshold, boolean percentage,
                                   int firstYear, int currentYear, List<YearFigure> years) {
        return evaluate(timing, dueYear, Bound.atLeast(threshold), percentage, firstYear, currentYear, years);
    }

    /**
     * @param bound          the district figure's bound; a year's {@code met} must have been judged by it
     * @param percentage     figures are percentages: the projection is kept within 0–100 (otherwise ≥ 0)
     * @param currentYear    the current year: later years are not judged, nor years in progress
     * @param years          the target's yearly figures over the plan, in year order
     */
    public static Verdict evaluate(TargetTiming timing, Integer dueYear, Bound bound, boolean percentage,
                                   int firstYear, int currentYear, List<YearFigure> years) {
        return timing == TargetTiming.EVERY_YEAR
                ? everyYear(firstYear, currentYear, years)
                : byYear(dueYear, bound, percentage, true, currentYear, years);
    }

    /**
     * A change or growth target (K8, K9): the same rule on the compared values — the change from the baseline
     * or the average growth — each year's {@code met} judged on it. Only years after the baseline year can
     * have a compared value, so an every-year target counts from {@code firstCompared}, the year after the
     * baseline or the plan's first year, whichever is later. A change can be negative and above 100%: the
     * projection is not kept within 0–100.
     */
    public static Verdict evaluateChange(TargetTiming timing, Integer dueYear, Bound bound, int firstCompared,
                                         int currentYear, List<YearFigure> compared) {
        return timing == TargetTiming.EVERY_YEAR
                ? everyYear(firstCompared, currentYear, compared)
                : byYear(dueYear, bound, false, false, currentYear, compared);
    }

    private static Verdict everyYear(int firstYear, int currentYear, List<YearFigure> years) {
        List<YearFigure> withData = years.stream()
                .filter(y -> y.judged(currentYear) && y.figure() != null).toList();
        if (withData.isEmpty()) {
            return new Verdict(ProgressStatus.NO_DATA, StatusReason.NO_FIGURES, 0, 0, null, null, null);
        }
        YearFigure latest = withData.get(withData.size() - 1);
        int yearsMet = (int) withData.stream().filter(YearFigure::met).count();
        int yearsSoFar = latest.year() - firstYear + 1;
        ProgressStatus status;
        StatusReason reason;
        if (!latest.met()) {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.LATEST_YEAR_MISSED;
        } else if (yearsMet == yearsSoFar) {
            status = ProgressStatus.ACHIEVED;
            reason = StatusReason.EVERY_YEAR_MET;
        } else {
            // A year with no figure at all counts as missed: the plan asked for it every year.
            status = ProgressStatus.AT_RISK;
            reason = StatusReason.EARLIER_YEAR_MISSED;
        }
        return new Verdict(status, reason, yearsMet, withData.size(), latest.year(), latest.figure(), null);
    }

    private static Verdict byYear(int dueYear, Bound bound, boolean percentage, boolean levels, int currentYear,
                                  List<YearFigure> years) {
        List<YearFigure> withData = years.stream()
                .filter(y -> y.year() <= dueYear && y.judged(currentYear) && y.figure() != null).toList();
        // The due year is over once it is past and its reports are due: until then it may still be met.
        boolean dueYearOver = currentYear > dueYear
                && years.stream().noneMatch(y -> y.year() == dueYear && y.inProgress());
        if (withData.isEmpty()) {
            return new Verdict(ProgressStatus.NO_DATA, StatusReason.NO_FIGURES, 0, 0, null, null, null);
        }
        YearFigure latest = withData.get(withData.size() - 1);
        int yearsMet = (int) withData.stream().filter(YearFigure::met).count();
        Trend trend = trend(dueYear, percentage, levels, withData);
        ProgressStatus status;
        StatusReason reason;
        if (latest.met()) {
            status = ProgressStatus.ACHIEVED;
            reason = StatusReason.THRESHOLD_REACHED;
        } else if (dueYearOver) {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.DUE_YEAR_MISSED;
        } else if (trend == null) {
            status = ProgressStatus.AT_RISK;
            reason = StatusReason.SINGLE_YEAR;
        } else if (bound.meets(trend.projectedValue())) {
            status = ProgressStatus.ON_TRACK;
            reason = StatusReason.PROJECTION_MEETS;
        } else if (bound.near(trend.projectedValue())) {
            status = ProgressStatus.AT_RISK;
            reason = StatusReason.PROJECTION_NEAR;
        } else {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.PROJECTION_SHORT;
        }
        return new Verdict(status, reason, yearsMet, withData.size(), latest.year(), latest.figure(), trend);
    }

    /**
     * A CUMULATIVE target (K7): {@code runningSums} holds, per year, the sum of the figures from the plan's
     * first year to that year, its {@code met} judged against the whole threshold. Looking at the judged
     * years up to the due year: ACHIEVED once the latest running sum meets the threshold; OFF_TRACK once the
     * due year is over and its reports due; otherwise the running sum is judged against the straight share
     * of the period gone ({@link Pace}): ON_TRACK if it meets it ("exactly on the line" included),
     * AT_RISK if near it (the same tenth as a projection), OFF_TRACK otherwise. No trend line: the pace is
     * what a plan's "over the period" promises.
     */
    public static Verdict cumulative(int dueYear, Bound bound, int firstYear, int currentYear,
                                     List<YearFigure> runningSums) {
        List<YearFigure> withData = runningSums.stream()
                .filter(y -> y.year() <= dueYear && y.judged(currentYear) && y.figure() != null).toList();
        if (withData.isEmpty()) {
            return new Verdict(ProgressStatus.NO_DATA, StatusReason.NO_FIGURES, 0, 0, null, null, null);
        }
        YearFigure latest = withData.get(withData.size() - 1);
        int yearsMet = (int) withData.stream().filter(YearFigure::met).count();
        boolean dueYearOver = currentYear > dueYear
                && runningSums.stream().noneMatch(y -> y.year() == dueYear && y.inProgress());
        if (latest.met()) {
            return new Verdict(ProgressStatus.ACHIEVED, StatusReason.THRESHOLD_REACHED, yearsMet, withData.size(),
                    latest.year(), latest.figure(), null);
        }
        if (dueYearOver) {
            return new Verdict(ProgressStatus.OFF_TRACK, StatusReason.DUE_YEAR_MISSED, yearsMet, withData.size(),
                    latest.year(), latest.figure(), null);
        }
        int gone = latest.year() - firstYear + 1;
        int total = dueYear - firstYear + 1;
        Bound share = new Bound(bound.direction(), shareOf(bound.threshold(), gone, total),
                bound.high() == null ? null : shareOf(bound.high(), gone, total));
        Pace pace = new Pace(gone, total, share.threshold(), share.high());
        ProgressStatus status;
        StatusReason reason;
        if (share.meets(latest.figure())) {
            status = ProgressStatus.ON_TRACK;
            reason = StatusReason.PACE_MET;
        } else if (share.near(latest.figure())) {
            status = ProgressStatus.AT_RISK;
            reason = StatusReason.PACE_NEAR;
        } else {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.PACE_SHORT;
        }
        return new Verdict(status, reason, yearsMet, withData.size(), latest.year(), latest.figure(), null, pace);
    }

    /**
     * A target with milestones (K10), see the class comment. {@code years}: the yearly figures, each year's
     * {@code met} judged against the threshold in force that year (meaningless for a year that is not a
     * milestone year nor the due year); {@code milestoneYears}: the years with a milestone, the due year not
     * included; {@code finalBound}: the target's own bound, in force at the due year.
     */
    public static Verdict milestones(int dueYear, Set<Integer> milestoneYears, Bound finalBound, boolean percentage,
                                     int currentYear, List<YearFigure> years) {
        List<YearFigure> upToDue = years.stream()
                .filter(y -> y.year() <= dueYear && y.judged(currentYear) && y.figure() != null).toList();
        List<YearFigure> judged = upToDue.stream()
                .filter(y -> y.year() == dueYear || milestoneYears.contains(y.year())).toList();
        Trend trend = trend(dueYear, percentage, upToDue); // none with fewer than two years
        boolean dueYearOver = currentYear > dueYear
                && years.stream().noneMatch(y -> y.year() == dueYear && y.inProgress());
        if (judged.isEmpty() && (!dueYearOver || upToDue.isEmpty())) {
            return new Verdict(ProgressStatus.NO_DATA, StatusReason.NO_FIGURES, 0, 0, null, null, trend);
        }
        int yearsMet = (int) judged.stream().filter(YearFigure::met).count();
        YearFigure latest = judged.isEmpty() ? null : judged.get(judged.size() - 1);
        Integer latestYear = latest == null ? null : latest.year();
        BigDecimal latestFigure = latest == null ? null : latest.figure();
        ProgressStatus status;
        StatusReason reason;
        if (latest != null && latest.year() == dueYear && latest.met()) {
            status = ProgressStatus.ACHIEVED;
            reason = StatusReason.FINAL_MILESTONE_MET;
        } else if (dueYearOver) {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.DUE_YEAR_MISSED;
        } else if (latest.met()) {
            status = ProgressStatus.ON_TRACK;
            reason = StatusReason.MILESTONE_MET;
        } else if (trend != null && finalBound.meets(trend.projectedValue())) {
            status = ProgressStatus.AT_RISK;
            reason = StatusReason.MILESTONE_MISSED_CATCHING_UP;
        } else {
            status = ProgressStatus.OFF_TRACK;
            reason = StatusReason.MILESTONE_MISSED;
        }
        return new Verdict(status, reason, yearsMet, judged.size(), latestYear, latestFigure, trend);
    }

    private static BigDecimal shareOf(BigDecimal value, int gone, int total) {
        return value.multiply(BigDecimal.valueOf(gone))
                .divide(BigDecimal.valueOf(total), Aggregator.SCALE, RoundingMode.HALF_UP);
    }

    /** The least-squares line through the years with data, read at the due year; none with one year. */
    static Trend trend(int dueYear, boolean percentage, List<YearFigure> withData) {
        return trend(dueYear, percentage, true, withData);
    }

    /** {@code levels}: the figures are levels, never below 0; a change (K8, K9) is not bounded. */
    static Trend trend(int dueYear, boolean percentage, boolean levels, List<YearFigure> withData) {
        List<Projection.Point> points = withData.stream()
                .map(y -> new Projection.Point(y.year(), y.figure())).toList();
        return Projection.fit(points).map(line -> {
            BigDecimal projected = line.valueAt(dueYear).setScale(Aggregator.SCALE, RoundingMode.HALF_UP);
            // A share cannot go below 0% or above 100%, nor a count below 0, however steep the line.
            if (levels) {
                projected = projected.max(BigDecimal.ZERO);
            }
            if (percentage) {
                projected = projected.min(Aggregator.HUNDRED);
            }
            BigDecimal slope = line.roundedSlope();
            return new Trend(dueYear, projected, slope, Direction.of(slope), points.size());
        }).orElse(null);
    }
}
