package vn.planmonitor.progress;

import org.junit.jupiter.api.Test;
import vn.planmonitor.targets.Aggregation;
import vn.planmonitor.targets.TargetDirection;

import vn.planmonitor.indicator.FormulaTerms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every aggregation rule on figures computed by hand. Plain JUnit: no Quarkus, no database. */
class AggregatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static UnitInput ratio(int numerator, int denominator) {
        return UnitInput.ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), false);
    }

    private static UnitInput number(int n) {
        return UnitInput.number(BigDecimal.valueOf(n), false);
    }

    private static void assertFigure(String expected, PeriodResult r) {
        assertEquals(0, d(expected).compareTo(r.figure()), () -> "figure " + r.figure() + ", expected " + expected);
    }

    private static final Aggregator.Rule T1A = new Aggregator.Rule(Aggregation.RATIO_OF_SUMS, d("100"), null);
    private static final Aggregator.Rule SHARE_YES = new Aggregator.Rule(Aggregation.SHARE_OF_UNITS_MEETING,
            d("100"), d("1"));

    @Test
    void ratioOfSumsIsTheSumOfNumeratorsOverTheSumOfDenominatorsNotTheMeanOfRatios() {
        // Three wards trained 1 of 2, 3 of 3 and 1 of 5 economic officers:
        // (1 + 3 + 1) / (2 + 3 + 5) = 5/10 = 50%. The mean of ratios would be (50 + 100 + 20) / 3 = 56.6667%.
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(1, 2), ratio(3, 3), ratio(1, 5)), false);
        assertFigure("50", r);
        assertEquals(0, d("5").compareTo(r.numerator()));
        assertEquals(0, d("10").compareTo(r.denominator()));
        assertFalse(r.met());
        // Each ward against the district threshold (no per-unit threshold given): only 3/3 = 100% meets.
        assertEquals(1, r.meetingUnits());
        assertEquals(0, d("50").compareTo(r.units().get(0).value()));
        assertEquals(0, d("20").compareTo(r.units().get(2).value()));
        assertEquals(List.of(false, true, false), r.units().stream().map(UnitResult::meets).toList());
    }

    @Test
    void ratioOfSumsRoundsToFourDecimalsHalfUp() {
        // 2/3 = 66.666…% → 66.6667; 1/8 = 12.5%; one of 3 expected did not report.
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(1, 2), ratio(1, 1), UnitInput.missing()), false);
        assertFigure("66.6667", r);
        assertEquals(3, r.expectedUnits());
        assertEquals(2, r.reportedUnits());
        assertEquals(1, r.missingUnits());
        assertFigure("12.5", Aggregator.aggregate(T1A, List.of(ratio(1, 8)), false));
    }

    @Test
    void aZeroDenominatorIsNoDataNeverZeroPercent() {
        // Two units reported 0 of 0: 0/0 has no value. The unit's own ratio is no data too, and does not meet.
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(0, 0), ratio(0, 0), UnitInput.missing()), false);
        assertNull(r.figure());
        assertTrue(r.noData());
        assertEquals(NoDataReason.ZERO_DENOMINATOR, r.noDataReason());
        assertNull(r.met());
        assertEquals(0, r.denominator().signum());
        assertEquals(2, r.reportedUnits());
        assertNull(r.units().get(0).value());
        assertEquals(false, r.units().get(0).meets());
        // One zero denominator among others simply adds nothing: (0 + 2) / (0 + 4) = 50%.
        assertFigure("50", Aggregator.aggregate(T1A, List.of(ratio(0, 0), ratio(2, 4)), false));
    }

    @Test
    void shareOfUnitsMeetingCountsAMissingReportAsNotMeeting() {
        // 4 wards expected: yes, no, yes, missing → 2 meeting of 4 expected = 50% (not 2 of 3 reported).
        PeriodResult r = Aggregator.aggregate(SHARE_YES, List.of(UnitInput.answer(true, false),
                UnitInput.answer(false, false), UnitInput.answer(true, false), UnitInput.missing()), false);
        assertFigure("50", r);
        assertEquals(2, r.meetingUnits());
        assertEquals(0, d("2").compareTo(r.numerator()));
        assertEquals(0, d("4").compareTo(r.denominator()));
        assertEquals(1, r.missingUnits());
        assertEquals(List.of(true, false, true, false), r.units().stream().map(UnitResult::meets).toList());
        assertEquals(0, BigDecimal.ONE.compareTo(r.units().get(0).value()));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.units().get(1).value()));
    }

    @Test
    void shareOfUnitsMeetingWithACountThreshold() {
        // T3: at least 1 model. Counts 0, 1, 3 of 3 expected → 2/3 = 66.6667%; 1 of 3 meeting → 33.3333%.
        PeriodResult r = Aggregator.aggregate(SHARE_YES, List.of(number(0), number(1), number(3)), false);
        assertFigure("66.6667", r);
        PeriodResult third = Aggregator.aggregate(SHARE_YES, List.of(number(0), number(1), UnitInput.missing()),
                false);
        assertFigure("33.3333", third);
        // Every expected unit meets: 100%, and the target is met.
        assertTrue(Aggregator.aggregate(SHARE_YES, List.of(number(1), number(2)), false).met());
    }

    @Test
    void noCountedReportIsNoDataForEveryRuleEvenWhereZeroWouldBeArithmeticallyRight() {
        for (Aggregation aggregation : Aggregation.values()) {
            Aggregator.Rule rule = new Aggregator.Rule(aggregation, d("1"),
                    aggregation == Aggregation.SHARE_OF_UNITS_MEETING ? d("1") : null);
            PeriodResult r = Aggregator.aggregate(rule, List.of(UnitInput.missing(), UnitInput.missing()), false);
            assertNull(r.figure(), aggregation::name);
            assertEquals(NoDataReason.NO_REPORTS, r.noDataReason(), aggregation::name);
            assertEquals(2, r.missingUnits());
            PeriodResult none = Aggregator.aggregate(rule, List.of(), false);
            assertEquals(NoDataReason.NO_UNITS_EXPECTED, none.noDataReason(), aggregation::name);
            assertEquals(0, none.expectedUnits());
        }
    }

    @Test
    void aFuturePeriodCountsNothing() {
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(1, 2)), true);
        assertNull(r.figure());
        assertEquals(NoDataReason.FUTURE_PERIOD, r.noDataReason());
        assertEquals(0, r.reportedUnits());
    }

    @Test
    void sumAddsTheReportedValuesAndHasNoPerUnitThreshold() {
        // T4: the Economic Office supported 2 organisations, another unit 1: 2 + 1 = 3 ≥ 3 → met.
        Aggregator.Rule t4 = new Aggregator.Rule(Aggregation.SUM, d("3"), null);
        PeriodResult r = Aggregator.aggregate(t4, List.of(number(2), number(1), UnitInput.missing()), false);
        assertFigure("3", r);
        assertTrue(r.met());
        assertNull(r.meetingUnits());
        assertNull(r.numerator());
        assertNull(r.units().get(0).meets());
        assertNull(r.units().get(2).meets());
        assertFalse(Aggregator.aggregate(t4, List.of(number(2)), false).met());
    }

    @Test
    void averageIsTheMeanOfTheReportedValuesOnly() {
        // (4 + 0 + 7) / 3 reported = 11/3 = 3.6667 (the missing unit is not a zero).
        Aggregator.Rule rule = new Aggregator.Rule(Aggregation.AVERAGE, d("3"), null);
        PeriodResult r = Aggregator.aggregate(rule, List.of(number(4), number(0), number(7), UnitInput.missing()),
                false);
        assertFigure("3.6667", r);
        assertEquals(0, d("11").compareTo(r.numerator()));
        assertEquals(0, d("3").compareTo(r.denominator()));
        assertTrue(r.met());
        // Per unit against the district threshold 3: 4 and 7 meet, 0 and the missing one do not.
        assertEquals(2, r.meetingUnits());
    }

    @Test
    void aFigureIsProvisionalOnlyWhenAPendingReportWentIntoIt() {
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(1, 2),
                UnitInput.ratio(d("3"), d("3"), true)), false);
        assertTrue(r.provisional());
        assertFigure("80", r); // (1 + 3) / (2 + 3) = 4/5 = 80%
        assertFalse(Aggregator.aggregate(T1A, List.of(ratio(1, 2)), false).provisional());
    }

    // ---------------------------------------------------------------- ties at the 4th decimal: half up

    @Test
    void aPercentageExactlyHalfwayRoundsUp() {
        // Two wards trained 1 of 64 and 0 of 64 officers: 1/128 = 0.78125% exactly, a tie at the 4th decimal
        // with an even digit before it — half up gives 0.7813, half even and half down would give 0.7812.
        PeriodResult r = Aggregator.aggregate(T1A, List.of(ratio(1, 64), ratio(0, 64)), false);
        assertEquals("0.7813", r.figure().toPlainString());
        // A unit's own percentage goes through the same rounding: 1/128 of one ward alone.
        assertEquals("0.7813", Aggregator.aggregate(T1A, List.of(ratio(1, 128)), false).units().get(0).value()
                .toPlainString());
    }

    @Test
    void anAverageExactlyHalfwayRoundsUp() {
        // (10.0001 + 10.0004) / 2 = 20.0005 / 2 = 10.00025: half up 10.0003; half even and half down 10.0002.
        Aggregator.Rule rule = new Aggregator.Rule(Aggregation.AVERAGE, d("10"), null);
        PeriodResult r = Aggregator.aggregate(rule,
                List.of(UnitInput.number(d("10.0001"), false), UnitInput.number(d("10.0004"), false)), false);
        assertEquals("10.0003", r.figure().toPlainString());
    }

    // ---------------------------------------------------------------- provisional, future, the summary path

    @Test
    void aPeriodWithoutAFigureIsNeverProvisionalEvenWithAPendingReport() {
        // include=submitted, and the only counted report is a pending 0 of 0: no figure (ZERO_DENOMINATOR), so
        // nothing on screen is "provisional" — the mark belongs to a figure, and there is none.
        PeriodResult r = Aggregator.aggregate(T1A, List.of(UnitInput.ratio(d("0"), d("0"), true)), false);
        assertEquals(NoDataReason.ZERO_DENOMINATOR, r.noDataReason());
        assertFalse(r.provisional());
        // The same period read from the summaries: 1 expected, 1 reported (pending), 0 of 0.
        PeriodResult fromTotals = Aggregator.aggregate(T1A,
                new Aggregator.Totals(1, 1, 0, true, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), false);
        assertEquals(NoDataReason.ZERO_DENOMINATOR, fromTotals.noDataReason());
        assertFalse(fromTotals.provisional());
    }

    @Test
    void theSummaryPathGivesTheFigureFromTotalsAlone() {
        // 4 wards expected, 3 reported (one pending) 5 of 10 officers in all, 1 ward at 100%: 50%, provisional.
        PeriodResult r = Aggregator.aggregate(T1A,
                new Aggregator.Totals(4, 3, 1, true, BigDecimal.ZERO, d("5"), d("10")), false);
        assertFigure("50", r);
        assertEquals(3, r.reportedUnits());
        assertEquals(1, r.missingUnits());
        assertEquals(1, r.meetingUnits());
        assertTrue(r.provisional());
        assertEquals(List.of(), r.units());
    }

    @Test
    void aFuturePeriodOnTheSummaryPathShowsNoCountedUnits() {
        // Reports for a year after the current one can exist (entered early); the summaries hold them, but the
        // year shows 16 expected, 0 reported, 16 missing, 0 meeting, no figure, nothing provisional.
        PeriodResult r = Aggregator.aggregate(SHARE_YES,
                new Aggregator.Totals(16, 3, 2, true, d("2"), BigDecimal.ZERO, BigDecimal.ZERO), true);
        assertNull(r.figure());
        assertEquals(NoDataReason.FUTURE_PERIOD, r.noDataReason());
        assertEquals(16, r.expectedUnits());
        assertEquals(0, r.reportedUnits());
        assertEquals(16, r.missingUnits());
        assertEquals(0, r.meetingUnits());
        assertFalse(r.provisional());
        assertEquals(0, r.numerator().signum());
        // The unit-by-unit path agrees: a counted, pending "yes" in a future year is neither reported nor meeting.
        PeriodResult unitByUnit = Aggregator.aggregate(SHARE_YES, List.of(UnitInput.answer(true, true)), true);
        assertEquals(0, unitByUnit.reportedUnits());
        assertEquals(0, unitByUnit.meetingUnits());
        assertEquals(false, unitByUnit.units().get(0).meets());
        assertFalse(unitByUnit.provisional());
    }

    @Test
    void aCountedReportWithoutANumberAddsNothing() {
        // Defensive: a counted value with no number (never written by the API today) is 0 to the sum and has no
        // value of its own — not a failure of the whole plan's progress. SUM 2 + nothing = 2.
        Aggregator.Rule t4 = new Aggregator.Rule(Aggregation.SUM, d("3"), null);
        PeriodResult r = Aggregator.aggregate(t4, List.of(UnitInput.number(null, false), number(2)), false);
        assertFigure("2", r);
        assertEquals(2, r.reportedUnits());
        assertNull(r.units().get(0).value());
    }

    // ---------------------------------------------------------------- derived indicators (K12)

    /** Leaves: 1 = spending (agencies), 2 = GRDP (the district), 3 = other spending. */
    private static final FormulaTerms SPEND_SHARE = new FormulaTerms(true, Map.of(1L, BigDecimal.ONE),
            Map.of(2L, BigDecimal.ONE), List.of(Set.of(1L), Set.of(2L)), Map.of());
    /** (spending − other) × 1.5, as SCALE over a DIFFERENCE writes it out. */
    private static final FormulaTerms NET_SCALED = new FormulaTerms(false,
            Map.of(1L, d("1.5"), 3L, d("-1.5")), Map.of(), List.of(Set.of(1L, 3L)), Map.of());
    private static final Aggregator.Rule ONE_PERCENT = new Aggregator.Rule(Aggregation.RATIO_OF_SUMS, d("1"), null);
    private static final Aggregator.Rule AT_LEAST_4 = new Aggregator.Rule(Aggregation.SUM, d("4"), null);

    private static Aggregator.Totals leaf(int expected, int reported, String sum, boolean provisional) {
        return new Aggregator.Totals(expected, reported, 0, provisional, d(sum), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void aDerivedRatioIsTheSumOfOneOperandOverTheSumOfTheOther() {
        // Three agencies spent 2 + 1 + 3 = 6, the district's GRDP is 500: 6 / 500 × 100 = 1.2% ≥ 1%.
        PeriodResult r = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 3, "6", false), 2L, leaf(1, 1, "500", true)), false, List.of());
        assertFigure("1.2", r);
        assertEquals(0, d("6").compareTo(r.numerator()));
        assertEquals(0, d("500").compareTo(r.denominator()));
        assertTrue(r.met());
        assertTrue(r.provisional());
        assertEquals(4, r.expectedUnits());
        assertEquals(4, r.reportedUnits());
        assertNull(r.meetingUnits());
        // 1 of 3 → 0.33333…% rounds half up to 0.3333; below 1%.
        PeriodResult third = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 1, "1", false), 2L, leaf(1, 1, "300", false)), false, List.of());
        assertFigure("0.3333", third);
        assertFalse(third.met());
        assertFalse(third.provisional());
        assertEquals(2, third.missingUnits());
    }

    @Test
    void aDerivedFigureHasNoDataWithoutEachOperandOrWithAZeroDenominator() {
        // The GRDP not reported: no data, never 6 / 0 nor 0%.
        PeriodResult noGrdp = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 3, "6", true), 2L, leaf(1, 0, "0", false)), false, List.of());
        assertNull(noGrdp.figure());
        assertEquals(NoDataReason.NO_REPORTS, noGrdp.noDataReason());
        assertNull(noGrdp.met());
        assertFalse(noGrdp.provisional());
        // No spending reported but a (pending) GRDP: no data either — not 0%, not met, not provisional.
        PeriodResult noSpending = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 0, "0", false), 2L, leaf(1, 1, "500", true)), false, List.of());
        assertEquals(NoDataReason.NO_REPORTS, noSpending.noDataReason());
        assertNull(noSpending.figure());
        assertNull(noSpending.met());
        assertFalse(noSpending.provisional());
        // A GRDP of 0.
        PeriodResult zero = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 2, "4", false), 2L, leaf(1, 1, "0", false)), false, List.of());
        assertNull(zero.figure());
        assertEquals(NoDataReason.ZERO_DENOMINATOR, zero.noDataReason());
        // Nobody expected, and a future year.
        assertEquals(NoDataReason.NO_UNITS_EXPECTED, Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(0, 0, "0", false), 2L, leaf(0, 0, "0", false)), false, List.of()).noDataReason());
        PeriodResult future = Aggregator.derived(ONE_PERCENT, SPEND_SHARE,
                Map.of(1L, leaf(3, 3, "6", false), 2L, leaf(1, 1, "500", false)), true, List.of());
        assertEquals(NoDataReason.FUTURE_PERIOD, future.noDataReason());
        assertEquals(0, future.reportedUnits());
    }

    @Test
    void aLinearFormulaAddsItsLeavesWithTheirCoefficientsRoundedToFourDecimals() {
        // 7.33335 × 1.5 − 4 × 1.5 = 11.000025 − 6 = 5.000025 → 5.0000.
        PeriodResult r = Aggregator.derived(AT_LEAST_4, NET_SCALED,
                Map.of(1L, leaf(2, 2, "7.33335", false), 3L, leaf(1, 1, "4", false)), false, List.of());
        assertFigure("5.0000", r);
        assertTrue(r.met());
        assertNull(r.numerator());
        // 2.6667 × 1.5 = 4.00005: a tie at the 4th decimal, rounded half up to 4.0001 (half-even: 4.0000).
        PeriodResult tie = Aggregator.derived(AT_LEAST_4, NET_SCALED,
                Map.of(1L, leaf(2, 2, "2.6667", false), 3L, leaf(1, 1, "0", false)), false, List.of());
        assertEquals("4.0001", tie.figure().toPlainString());
        // One leaf of the single operand reported is enough for a linear formula.
        PeriodResult one = Aggregator.derived(AT_LEAST_4, NET_SCALED,
                Map.of(1L, leaf(2, 1, "2", false), 3L, leaf(1, 0, "0", false)), false, List.of());
        assertFigure("3", one);
        assertFalse(one.met());
    }

    @Test
    void aUnitHasAFigureOfItsOwnOnlyWithEveryLeafReported() {
        assertNull(Aggregator.ownFigure(SPEND_SHARE, Map.of(1L, d("2"))));
        assertNull(Aggregator.ownFigure(SPEND_SHARE, Map.of(2L, d("300"))));
        Aggregator.OwnFigure both = Aggregator.ownFigure(SPEND_SHARE, Map.of(1L, d("2"), 2L, d("300")));
        assertEquals(0, d("0.6667").compareTo(both.value()));
        assertEquals(0, d("2").compareTo(both.numerator()));
        assertEquals(0, d("300").compareTo(both.denominator()));
        assertNull(Aggregator.ownFigure(SPEND_SHARE, Map.of(1L, d("2"), 2L, d("0"))).value());
        Aggregator.OwnFigure net = Aggregator.ownFigure(NET_SCALED, Map.of(1L, d("3"), 3L, d("1")));
        assertEquals(0, d("3").compareTo(net.value()));
        assertNull(net.denominator());
    }

    @Test
    void anOperandsUnitsAddUpWhatCountsAndSkipTheRest() {
        Aggregator.Totals t = Aggregator.totalsOf(List.of(number(2), UnitInput.missing(),
                UnitInput.number(BigDecimal.valueOf(3), true), UnitInput.number(null, false),
                new UnitInput(false, true, d("7"), null, null)));
        assertEquals(5, t.expected());
        assertEquals(2, t.reported());
        assertEquals(0, d("5").compareTo(t.sum()));
        assertTrue(t.provisional());
        assertFalse(Aggregator.totalsOf(List.of(number(1))).provisional());
    }

    @Test
    void anAtMostRatioJudgesTheDistrictAndEachUnitAtMost() {
        // Poor households at most 2%: wards with 1 of 100, 3 of 100 and 2 of 100 → 6/300 = 2% (met: ≤ 2);
        // the wards 1% ✓, 3% ✗, 2% ✓ (equal is at most); a missing ward does not meet.
        Aggregator.Rule rule = new Aggregator.Rule(Aggregation.RATIO_OF_SUMS, d("2"), null, TargetDirection.AT_MOST,
                null);
        PeriodResult r = Aggregator.aggregate(rule,
                List.of(ratio(1, 100), ratio(3, 100), ratio(2, 100), UnitInput.missing()), false);
        assertFigure("2", r);
        assertTrue(r.met());
        assertEquals(List.of(true, false, true, false), r.units().stream().map(UnitResult::meets).toList());
        assertEquals(2, r.meetingUnits());
        // 7 of 300 = 2.3333% > 2 → not met.
        assertFalse(Aggregator.aggregate(rule, List.of(ratio(1, 100), ratio(4, 100), ratio(2, 100)), false).met());
    }

    @Test
    void aBandJudgesBothEnds() {
        // Within 95–100%: 19 of 20 = 95% ✓ (the low end counts), 9 of 10 = 90% ✗; district 28/30 = 93.3333% ✗.
        Aggregator.Rule rule = new Aggregator.Rule(Aggregation.RATIO_OF_SUMS, d("95"), null, TargetDirection.BETWEEN,
                d("100"));
        PeriodResult r = Aggregator.aggregate(rule, List.of(ratio(19, 20), ratio(9, 10)), false);
        assertFigure("93.3333", r);
        assertFalse(r.met());
        assertEquals(List.of(true, false), r.units().stream().map(UnitResult::meets).toList());
        // A count band 3–5 (AVERAGE): 4 and 7 → 5.5, above the band; units 4 ✓, 7 ✗.
        Aggregator.Rule count = new Aggregator.Rule(Aggregation.AVERAGE, d("3"), null, TargetDirection.BETWEEN, d("5"));
        PeriodResult c = Aggregator.aggregate(count, List.of(number(4), number(7)), false);
        assertFigure("5.5", c);
        assertFalse(c.met());
        assertEquals(List.of(true, false), c.units().stream().map(UnitResult::meets).toList());
    }

    @Test
    void aShareOfUnitsAtMostCountsUnitsStayingLowAndTheShareMustReachItsThreshold() {
        // Wards with at most 1 incident: 0 ✓, 1 ✓, 4 ✗, missing ✗ → 2 of 4 = 50%; the share must reach at least 50.
        Aggregator.Rule rule = new Aggregator.Rule(Aggregation.SHARE_OF_UNITS_MEETING, d("50"), d("1"),
                TargetDirection.AT_MOST, null);
        PeriodResult r = Aggregator.aggregate(rule, List.of(number(0), number(1), number(4), UnitInput.missing()),
                false);
        assertFigure("50", r);
        assertEquals(2, r.meetingUnits());
        assertTrue(r.met());
    }

    // ---------------------------------------------------------------- allocations (K11)

    private static TargetStatusRule.Bound atLeast(String threshold) {
        return TargetStatusRule.Bound.atLeast(d(threshold));
    }

    private static final Aggregator.Rule SUM_AT_LEAST_10 = new Aggregator.Rule(Aggregation.SUM, d("10"), null);

    @Test
    void eachAllocatedUnitIsJudgedAgainstItsOwnAllocation() {
        // P01 given 5 reports 6 ✓, P02 given 3 reports 2 ✗, P03 given 0 reports 0 ✓ (a zero allocation),
        // P04 given 4 did not report ✗, PKT has none and reports 1: not judged (a SUM has no per-unit threshold).
        List<TargetStatusRule.Bound> own = java.util.Arrays.asList(atLeast("5"), atLeast("3"), atLeast("0"),
                atLeast("4"), null);
        PeriodResult r = Aggregator.aggregate(SUM_AT_LEAST_10.allocatedIn(atLeast("12")),
                List.of(number(6), number(2), number(0), UnitInput.missing(), number(1)), own, false);
        assertEquals(java.util.Arrays.asList(true, false, true, false, null),
                r.units().stream().map(UnitResult::meets).toList());
        // 2 of the 4 allocated units meet theirs: 50%. The sum 6 + 2 + 0 + 1 = 9 is short of 5 + 3 + 0 + 4 = 12.
        assertEquals(4, r.allocatedUnits());
        assertEquals(2, r.allocatedMeeting());
        assertEquals(0, d("50").compareTo(r.allocatedShare()));
        assertFigure("9", r);
        assertFalse(r.met());
        // 9 ≥ 8 would meet: the sum in force is what the figure is judged against, not the target's 10.
        assertTrue(Aggregator.aggregate(SUM_AT_LEAST_10.allocatedIn(atLeast("8")),
                List.of(number(6), number(2), number(0), UnitInput.missing(), number(1)), own, false).met());
    }

    @Test
    void anAllocationOverridesTheUnitThresholdInItsDirectionAndABandHasTwoEnds() {
        // A ratio target of 50%: P01 20% against its own 15% ✓ (it would miss 50%), P02 70% against no
        // allocation: the district threshold 50% ✓; P03 55% against the band 60–80 ✗, P04 70% inside it ✓.
        Aggregator.Rule ratio = new Aggregator.Rule(Aggregation.RATIO_OF_SUMS, d("50"), null, TargetDirection.BETWEEN,
                d("90"));
        TargetStatusRule.Bound band = new TargetStatusRule.Bound(TargetDirection.BETWEEN, d("60"), d("80"));
        TargetStatusRule.Bound low = new TargetStatusRule.Bound(TargetDirection.BETWEEN, d("15"), d("25"));
        PeriodResult r = Aggregator.aggregate(ratio, List.of(ratio(2, 10), ratio(7, 10), ratio(11, 20), ratio(7, 10)),
                java.util.Arrays.asList(low, null, band, band), false);
        assertEquals(List.of(true, true, false, true), r.units().stream().map(UnitResult::meets).toList());
        // Units meeting their own threshold: 3 of 4; allocated units meeting theirs: 2 of 3 = 66.6667%.
        assertEquals(3, r.meetingUnits());
        assertEquals(3, r.allocatedUnits());
        assertEquals(2, r.allocatedMeeting());
        assertEquals(0, d("66.6667").compareTo(r.allocatedShare()));
        // The district ratio (2 + 7 + 11 + 7) of (10 + 10 + 20 + 10) = 27 of 50 = 54% is judged against the
        // target's band 50–90, not the allocations'.
        assertFigure("54", r);
        assertTrue(r.met());
    }

    @Test
    void onlyASumIsJudgedAgainstTheAllocationsAddedUp() {
        TargetStatusRule.Bound sum = new TargetStatusRule.Bound(TargetDirection.AT_MOST, d("8"), d("9"));
        Aggregator.Rule atMost = new Aggregator.Rule(Aggregation.SUM, d("100"), null, TargetDirection.AT_MOST, null);
        Aggregator.Rule judged = atMost.allocatedIn(sum);
        assertEquals(0, d("8").compareTo(judged.threshold()));
        assertEquals(0, d("9").compareTo(judged.thresholdHigh()));
        assertEquals(TargetDirection.AT_MOST, judged.direction());
        assertEquals(Aggregation.SUM, judged.aggregation());
        // No allocation in force that year: the target's own threshold.
        assertEquals(atMost, atMost.allocatedIn(null));
        // A ratio, an average or a share is not the sum of the units' values.
        for (Aggregation aggregation : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.AVERAGE,
                Aggregation.SHARE_OF_UNITS_MEETING)) {
            Aggregator.Rule rule = new Aggregator.Rule(aggregation, d("50"), d("1"));
            assertEquals(rule, rule.allocatedIn(sum), aggregation.name());
        }
    }

    @Test
    void theShareOfAllocatedUnitsNeedsACountedReportAndAnAllocatedUnit() {
        List<TargetStatusRule.Bound> own = java.util.Arrays.asList(atLeast("1"), atLeast("1"));
        // Nothing counts yet: no share, never 0%.
        PeriodResult none = Aggregator.aggregate(SUM_AT_LEAST_10, List.of(UnitInput.missing(), UnitInput.missing()),
                own, false);
        assertEquals(2, none.allocatedUnits());
        assertNull(none.allocatedShare());
        // A future year: the allocated units are shown, nothing meets, no share.
        PeriodResult future = Aggregator.aggregate(SUM_AT_LEAST_10, List.of(number(5), number(5)), own, true);
        assertEquals(2, future.allocatedUnits());
        assertEquals(0, future.allocatedMeeting());
        assertNull(future.allocatedShare());
        // One report counts, 0 of 1 meets: 0 ÷ 2 = 0%, a figure, not "no data".
        PeriodResult zero = Aggregator.aggregate(SUM_AT_LEAST_10, List.of(number(0), UnitInput.missing()), own, false);
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.allocatedShare()));
        // Reports but no allocated unit this year: no share.
        PeriodResult unallocated = Aggregator.aggregate(SUM_AT_LEAST_10, List.of(number(3), number(4)),
                java.util.Arrays.asList(null, null), false);
        assertEquals(0, unallocated.allocatedUnits());
        assertNull(unallocated.allocatedShare());
        assertEquals(java.util.Arrays.asList(null, null), unallocated.units().stream().map(UnitResult::meets).toList());
        // 1 of 3 = 33.3333% (4 decimals, half up), and 2 of 3 = 66.6667%.
        List<TargetStatusRule.Bound> three = java.util.Arrays.asList(atLeast("1"), atLeast("1"), atLeast("1"));
        assertEquals(0, d("33.3333").compareTo(Aggregator.aggregate(SUM_AT_LEAST_10,
                List.of(number(1), number(0), number(0)), three, false).allocatedShare()));
        assertEquals(0, d("66.6667").compareTo(Aggregator.aggregate(SUM_AT_LEAST_10,
                List.of(number(1), number(1), number(0)), three, false).allocatedShare()));
    }

    @Test
    void theSummaryPathCarriesTheAllocatedCounts() {
        // From the cells: 3 allocated units expected, 2 meeting, one pending report among the counted ones.
        Aggregator.Totals totals = new Aggregator.Totals(5, 4, 2, false, d("9"), BigDecimal.ZERO, BigDecimal.ZERO)
                .withAllocated(3, 2);
        PeriodResult r = Aggregator.aggregate(SUM_AT_LEAST_10, totals, false);
        assertEquals(3, r.allocatedUnits());
        assertEquals(2, r.allocatedMeeting());
        assertEquals(0, d("66.6667").compareTo(r.allocatedShare()));
        // A future period keeps the allocated units expected, with nothing meeting.
        PeriodResult future = Aggregator.aggregate(SUM_AT_LEAST_10, totals, true);
        assertEquals(3, future.allocatedUnits());
        assertEquals(0, future.allocatedMeeting());
        assertNull(future.allocatedShare());
        // A unit not judged (a SUM without an allocation) that did not report is shown as not judged.
        PeriodResult missing = Aggregator.aggregate(SUM_AT_LEAST_10, List.of(UnitInput.missing()),
                java.util.Collections.singletonList(null), false);
        assertNull(missing.units().get(0).meets());
    }
}
