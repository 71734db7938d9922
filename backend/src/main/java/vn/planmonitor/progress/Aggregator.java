package vn.planmonitor.progress;

import vn.planmonitor.indicator.FormulaTerms;
import vn.planmonitor.targets.Aggregation;
import vn.planmonitor.targets.TargetDirection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

        /**
         * The rule of a year in which units have allocations (K11), {@code allocated} their sum in force that
         * year ({@code null}: none). A SUM target's district figure is judged against that sum instead of its
         * threshold — the wards' allocations add up to what the district must reach. A ratio, an average or a
         * share of units is not the sum of the units' values, so it keeps the target's threshold.
         */
        public Rule allocatedIn(TargetStatusRule.Bound allocated) {
            if (aggregation != Aggregation.SUM || allocated == null) {
                return this;
            }
            return new Rule(aggregation, allocated.threshold(), unitThreshold, direction, allocated.high());
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
                         BigDecimal numerators, BigDecimal denominators, int allocated, int allocatedMeeting) {

        /** Without allocations (K11). */
        public Totals(int expected, int reported, int meeting, boolean provisional, BigDecimal sum,
                      BigDecimal numerators, BigDecimal denominators) {
            this(expected, reported, meeting, provisional, sum, numerators, denominators, 0, 0);
        }

        /**
         * @param units   expected units with an allocation in force
         * @param meeting those of them whose counted value meets it
         */
        Totals withAllocated(int units, int meeting) {
            return new Totals(expected, reported, this.meeting, provisional, sum, numerators, denominators, units,
                    meeting);
        }

        /** A period after the current year: the units are expected, nothing counts yet. */
        Totals future() {
            return new Totals(expected, 0, 0, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, allocated, 0);
        }
    }

    /**
     * @param units  every unit expected to report in the period (see {@code ProgressService} for who is expected)
     * @param future the period lies after the current year: nothing counts yet
     */
    public static PeriodResult aggregate(Rule rule, List<UnitInput> units, boolean future) {
        return aggregate(rule, units, null, future);
    }

    /**
     * @param allocations per unit, in the same order, its allocation in force (K11) — it is judged against it
     *                    instead of the per-unit threshold — or {@code null}; the list {@code null} for none
     */
    public static PeriodResult aggregate(Rule rule, List<UnitInput> units, List<TargetStatusRule.Bound> allocations,
                                         boolean future) {
        BigDecimal unitThreshold = rule.effectiveUnitThreshold();
        List<UnitResult> results = new ArrayList<>(units.size());
        int reported = 0;
        int meeting = 0;
        boolean provisional = false;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        int allocated = 0;
        int allocatedMeeting = 0;
        for (int i = 0; i < units.size(); i++) {
            UnitInput unit = units.get(i);
            TargetStatusRule.Bound own = allocations == null ? null : allocations.get(i);
            boolean judged = own != null || unitThreshold != null;
            if (own != null) {
                allocated++;
            }
            boolean counted = unit.counted() && !future;
            if (!counted) {
                // A missing report does not meet its own threshold (where there is one).
                results.add(new UnitResult(null, judged ? false : null));
                continue;
            }
            reported++;
            provisional |= unit.provisional();
            BigDecimal value = valueOf(unit);
            boolean meets = value != null && (own != null ? own.meets(value) : judged && rule.unitMeets(value));
            if (meets) {
                meeting++;
                if (own != null) {
                    allocatedMeeting++;
                }
            }
            results.add(new UnitResult(value, judged ? meets : null));
            if (unit.isRatio()) {
                numerators = numerators.add(unit.numerator());
                denominators = denominators.add(unit.denominator());
            } else if (unit.number() != null) {
                sum = sum.add(unit.number());
            }
        }
        Totals totals = new Totals(units.size(), reported, meeting, provisional, sum, numerators, denominators,
                allocated, allocatedMeeting);
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
        // K11: like a share of units meeting, and no share at all before anything counts (never 0%).
        BigDecimal allocatedShare = reason != null || totals.allocated() == 0 ? null
                : percent(BigDecimal.valueOf(totals.allocatedMeeting()), BigDecimal.valueOf(totals.allocated()));
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
                expected, reported, expected - reported, meetingUnits, results, totals.allocated(),
                totals.allocatedMeeting(), allocatedShare);
    }

    /** What one reported indicator's units add up to, read unit by unit (a derived target's reference path). */
    static Totals totalsOf(List<UnitInput> units) {
        int reported = 0;
        boolean provisional = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitInput unit : units) {
            if (unit.counted() && unit.number() != null) {
                reported++;
                provisional |= unit.provisional();
                sum = sum.add(unit.number());
            }
        }
        return new Totals(units.size(), reported, 0, provisional, sum, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The figure of a target on a derived indicator (K12), from the totals of each reported indicator its
     * formula uses — whether read from the operand cells or unit by unit. Σ A ÷ Σ B × 100 over every counted
     * report of A and of B, whichever units report them: never a mean of the units' own ratios. No data
     * unless each operand has at least one counted value (a ratio of spending to a GRDP not yet reported is
     * not 0%), and none when Σ B is 0. The unit counts add up the operands' expected and counted reports
     * (a unit reporting both operands counts twice); there is no per-unit threshold, so no units meeting.
     *
     * @param byLeaf totals per leaf indicator id, for every leaf of {@code terms}
     * @param units  the units' own results to return with the figure (none from the cells)
     */
    static PeriodResult derived(Rule rule, FormulaTerms terms, Map<Long, Totals> byLeaf, boolean future,
                                List<UnitResult> units) {
        int expected = 0;
        int reported = 0;
        boolean provisional = false;
        for (Totals t : byLeaf.values()) {
            expected += t.expected();
            reported += t.reported();
            provisional |= t.provisional();
        }
        boolean operandMissing = terms.operands().stream()
                .anyMatch(leaves -> leaves.stream().allMatch(id -> byLeaf.get(id).reported() == 0));
        BigDecimal a = combine(terms.numerator(), byLeaf);
        Totals totals = terms.ratio()
                ? new Totals(expected, reported, 0, provisional, BigDecimal.ZERO, a, combine(terms.denominator(), byLeaf))
                : new Totals(expected, reported, 0, provisional, a.setScale(SCALE, RoundingMode.HALF_UP),
                BigDecimal.ZERO, BigDecimal.ZERO);
        PeriodResult r = figure(rule, future ? totals.future() : totals, future, units);
        NoDataReason reason = r.noDataReason();
        if (operandMissing && (reason == null || reason == NoDataReason.ZERO_DENOMINATOR)) {
            reason = NoDataReason.NO_REPORTS;
        }
        BigDecimal figure = reason == null ? r.figure() : null;
        return new PeriodResult(figure, reason, figure == null ? null : r.met(), r.provisional() && figure != null,
                r.numerator(), r.denominator(), r.expectedUnits(), r.reportedUnits(), r.missingUnits(), null, units);
    }

    private static BigDecimal combine(Map<Long, BigDecimal> coefficients, Map<Long, Totals> byLeaf) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> term : coefficients.entrySet()) {
            total = total.add(term.getValue().multiply(byLeaf.get(term.getKey()).sum()));
        }
        return total;
    }

    /** A unit's own figure of a derived indicator, from its own values of the leaves. */
    record OwnFigure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * Only a unit with a counted value of every indicator the formula uses has a figure of its own (a
     * spending agency that does not report the GRDP has none); {@code null} otherwise.
     *
     * @param own leaf indicator id → the unit's counted value
     */
    static OwnFigure ownFigure(FormulaTerms terms, Map<Long, BigDecimal> own) {
        if (!own.keySet().containsAll(terms.numerator().keySet())
                || !own.keySet().containsAll(terms.denominator().keySet())) {
            return null;
        }
        BigDecimal a = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> term : terms.numerator().entrySet()) {
            a = a.add(term.getValue().multiply(own.get(term.getKey())));
        }
        if (!terms.ratio()) {
            return new OwnFigure(a.setScale(SCALE, RoundingMode.HALF_UP), null, null);
        }
        BigDecimal b = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> term : terms.denominator().entrySet()) {
            b = b.add(term.getValue().multiply(own.get(term.getKey())));
        }
        return new OwnFigure(b.signum() == 0 ? null : percent(a, b), a, b);
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
