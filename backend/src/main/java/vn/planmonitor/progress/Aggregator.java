package vn.planmonitor.progress;

import vn.planmonitor.targets.Aggregation;
import vn.planmonitor.targets.TargetDirection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Forms the district figure of one period from the units' reports, by the target's rule. Pure
 * arithmetic, no database: every rule is unit-tested with figures computed by hand.
 * <p>
 * Percentages are 0–100, rounded to 4 decimals half-up, exactly as thresholds are stored (100, 50).
 * A period in which no report counts has no figure ("no data", with a reason), whatever the rule:
 * for SHARE_OF_UNITS_MEETING 0 would be arithmetically right, but a leader would read 0% as "nothing
 * done" when the truth is "nothing reported yet".
 */
public final class Aggregator {

    static final int SCALE = 4;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Aggregator() {
    }

    /**
     * The rule a target applies. {@code unitThreshold} is the target's per-unit threshold; when it has
     * none, RATIO_OF_SUMS and AVERAGE judge each unit against the district threshold (a ward that has
     * trained 100% of its officers meets "100% trained"), while SUM has no per-unit threshold at all:
     * only the district total means anything.
     * <p>
     * {@code direction} says which way a value must go ({@link TargetDirection}): a unit's value is judged
     * in it against the per-unit threshold (for BETWEEN, the band {@code threshold}–{@code thresholdHigh});
     * the district figure too, except a share of units meeting, which must always reach its threshold.
     */
    public record Rule(Aggregation aggregation, BigDecimal threshold, BigDecimal unitThreshold,
                       TargetDirection direction, BigDecimal thresholdHigh) {

        /** An at-least rule, as every target was before directions. */
        public Rule(Aggregation aggregation, BigDecimal threshold, BigDecimal unitThreshold) {
            this(aggregation, threshold, unitThreshold, TargetDirection.AT_LEAST, null);
        }

        public BigDecimal effectiveUnitThreshold() {
            if (unitThreshold != null) {
                return unitThreshold;
            }
            return aggregation == Aggregation.SUM ? null : threshold;
        }

        /** A unit's own value against the per-unit threshold; only called when there is one. */
        boolean unitMeets(BigDecimal value) {
            return direction.meets(value, effectiveUnitThreshold(), thresholdHigh);
        }

        boolean districtMeets(BigDecimal figure) {
            return TargetDirection.ofDistrict(direction, aggregation).meets(figure, threshold, thresholdHigh);
        }
    }

    /**
     * What a period's counted reports add up to, whether read unit by unit or from the stored summaries
     * ({@link ProgressCells}): both paths end in {@link #figure}, so they cannot disagree on arithmetic.
     *
     * @param expected     units expected to report
     * @param reported     units whose report counts
     * @param meeting      counted units reaching the per-unit threshold
     * @param provisional  a pending report (include=submitted) is among the counted ones
     * @param sum          NUMBER, COUNT and BOOLEAN (1/0) values added up
     * @param numerators   RATIO: numerators added up
     * @param denominators RATIO: denominators added up
     */
    public record Totals(int expected, int reported, int meeting, boolean provisional, BigDecimal sum,
                         BigDecimal numerators, BigDecimal denominators) {

        /** A period after the current year: the units are expected, nothing counts yet. */
        Totals future() {
            return new Totals(expected, 0, 0, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    /**
     * @param units  every unit expected to report in the period (see {@code ProgressService} for who is expected)
     * @param future the period lies after the current year: nothing counts yet
     */
    public static PeriodResult aggregate(Rule rule, List<UnitInput> units, boolean future) {
        BigDecimal unitThreshold = rule.effectiveUnitThreshold();
        List<UnitResult> results = new ArrayList<>(units.size());
        int reported = 0;
        int meeting = 0;
        boolean provisional = false;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (UnitInput unit : units) {
            boolean counted = unit.counted() && !future;
            if (!counted) {
                // A missing report does not meet the per-unit threshold (where there is one).
                results.add(new UnitResult(null, unitThreshold == null ? null : false));
                continue;
            }
            reported++;
            provisional |= unit.provisional();
            BigDecimal value = valueOf(unit);
            boolean meets = value != null && unitThreshold != null && rule.unitMeets(value);
            if (meets) {
                meeting++;
            }
            results.add(new UnitResult(value, unitThreshold == null ? null : meets));
            if (unit.isRatio()) {
                numerators = numerators.add(unit.numerator());
                denominators = denominators.add(unit.denominator());
            } else if (unit.number() != null) {
                sum = sum.add(unit.number());
            }
        }
        Totals totals = new Totals(units.size(), reported, meeting, provisional, sum, numerators, denominators);
        return figure(rule, totals, future, results);
    }

    /** The figure from totals alone, without a per-unit breakdown. */
    public static PeriodResult aggregate(Rule rule, Totals totals, boolean future) {
        return figure(rule, future ? totals.future() : totals, future, List.of());
    }

    private static PeriodResult figure(Rule rule, Totals totals, boolean future, List<UnitResult> results) {
        int expected = totals.expected();
        int reported = totals.reported();
        BigDecimal sum = totals.sum();
        Integer meetingUnits = rule.effectiveUnitThreshold() == null ? null : totals.meeting();
        NoDataReason reason = future ? NoDataReason.FUTURE_PERIOD
                : expected == 0 ? NoDataReason.NO_UNITS_EXPECTED
                : reported == 0 ? NoDataReason.NO_REPORTS
                : null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal figure = null;
        switch (rule.aggregation()) {
            case SUM -> figure = sum;
            case AVERAGE -> {
                numerator = sum;
                denominator = BigDecimal.valueOf(reported);
                figure = reported == 0 ? null : sum.divide(denominator, SCALE, RoundingMode.HALF_UP);
            }
            case RATIO_OF_SUMS -> {
                numerator = totals.numerators();
                denominator = totals.denominators();
                if (reason == null && denominator.signum() == 0) {
                    reason = NoDataReason.ZERO_DENOMINATOR;
                }
                figure = denominator.signum() == 0 ? null : percent(numerator, denominator);
            }
            case SHARE_OF_UNITS_MEETING -> {
                numerator = BigDecimal.valueOf(totals.meeting());
                denominator = BigDecimal.valueOf(expected);
                figure = expected == 0 ? null : percent(numerator, denominator);
            }
        }
        if (reason != null) {
            figure = null;
        }
        Boolean met = figure == null ? null : rule.districtMeets(figure);
        return new PeriodResult(figure, reason, met, totals.provisional() && figure != null, numerator, denominator,
                expected, reported, expected - reported, meetingUnits, results);
    }

    /** A unit's own value: its ratio as a percentage (none with a zero denominator), else its number. */
    static BigDecimal valueOf(UnitInput unit) {
        if (unit.isRatio()) {
            return unit.denominator().signum() == 0 ? null : percent(unit.numerator(), unit.denominator());
        }
        return unit.number();
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
