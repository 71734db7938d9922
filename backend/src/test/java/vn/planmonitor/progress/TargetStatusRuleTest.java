package vn.planmonitor.progress;

import org.junit.jupiter.api.Test;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The status rule, branch by branch, on hand-computed yearly figures of a 2016–2020 plan. */
class TargetStatusRuleTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Yearly figures from 2016 on; {@code null} for a year without data. Met means ≥ threshold. */
    private static List<TargetStatusRule.YearFigure> years(BigDecimal threshold, String... figures) {
        List<TargetStatusRule.YearFigure> list = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            BigDecimal f = figures[i] == null ? null : new BigDecimal(figures[i]);
            list.add(new TargetStatusRule.YearFigure(2016 + i, f, f != null && f.compareTo(threshold) >= 0));
        }
        return list;
    }

    private static TargetStatusRule.Verdict everyYear(int currentYear, String... figures) {
        return TargetStatusRule.evaluate(TargetTiming.EVERY_YEAR, null, new BigDecimal("3"), false, 2016,
                currentYear, years(new BigDecimal("3"), figures));
    }

    private static TargetStatusRule.Verdict by2020(int currentYear, String... figures) {
        return TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2020, HUNDRED, true, 2016, currentYear,
                years(HUNDRED, figures));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> actual + " instead of " + expected);
    }

    // ---------------------------------------------------------------- EVERY_YEAR (T4: at least 3 a year)

    @Test
    void everyYearIsAchievedWhenEveryYearSoFarMet() {
        // 2016–2019 all ≥ 3; 2020 not reported yet: the years so far are 2016–2019, all met.
        TargetStatusRule.Verdict v = everyYear(2020, "3", "4", "5", "3", null);
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(StatusReason.EVERY_YEAR_MET, v.reason());
        assertEquals(4, v.yearsMet());
        assertEquals(4, v.yearsWithData());
        assertEquals(2019, v.latestYear());
        assertDecimal("3", v.latestFigure());
        assertNull(v.projection());
    }

    @Test
    void everyYearIsAtRiskWhenTheLatestYearMetButAnEarlierOneMissed() {
        // 2016: 3 met, 2017: 2 missed, 2018: 4 met.
        TargetStatusRule.Verdict v = everyYear(2020, "3", "2", "4");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.EARLIER_YEAR_MISSED, v.reason());
        assertEquals(2, v.yearsMet());
        assertEquals(3, v.yearsWithData());
    }

    @Test
    void everyYearCountsAYearWithoutAnyFigureAsMissed() {
        // 2016 has no figure, 2017 and 2018 met: 2 of the 3 years so far met → AT_RISK.
        TargetStatusRule.Verdict v = everyYear(2020, null, "3", "5");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(2, v.yearsMet());
        assertEquals(2, v.yearsWithData());
    }

    @Test
    void everyYearIsOffTrackWhenTheLatestYearMissed() {
        TargetStatusRule.Verdict v = everyYear(2020, "3", "4", "1");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.LATEST_YEAR_MISSED, v.reason());
        assertEquals(2018, v.latestYear());
    }

    @Test
    void yearsAfterTheCurrentYearAreIgnoredAndNoFigureIsNoData() {
        // Today is in 2017: a 2018 figure cannot be a real report and is not looked at.
        TargetStatusRule.Verdict v = everyYear(2017, "4", "5", "0");
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(2017, v.latestYear());
        TargetStatusRule.Verdict none = everyYear(2020, null, null, null, null, null);
        assertEquals(ProgressStatus.NO_DATA, none.status());
        assertEquals(StatusReason.NO_FIGURES, none.reason());
        assertNull(none.latestYear());
        assertEquals(ProgressStatus.NO_DATA, by2020(2020).status());
    }

    // ---------------------------------------------------------------- BY_YEAR 2020 (100%)

    @Test
    void byYearIsAchievedOnceTheLatestFigureReachesTheThreshold() {
        TargetStatusRule.Verdict v = by2020(2020, "60", "80", "100");
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(StatusReason.THRESHOLD_REACHED, v.reason());
        // The trend is reported all the same: slope (100 − 60) / 2 = 20; at 2020: 80 + 20 × 2 = 120 → kept at 100.
        assertDecimal("100", v.projection().projectedValue());
        assertDecimal("20", v.projection().slopePerYear());
    }

    @Test
    void byYearProjectsTheTrendToTheDueYear() {
        // 2016: 20, 2017: 30, 2018: 40 (today 2019, nothing for 2019 yet): slope 10, at 2020: 30 + 10 × 3 = 60,
        // below 90% of 100 → OFF_TRACK, pointing UP.
        TargetStatusRule.Verdict v = by2020(2019, "20", "30", "40");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_SHORT, v.reason());
        assertDecimal("60", v.projection().projectedValue());
        assertDecimal("10", v.projection().slopePerYear());
        assertEquals(Direction.UP, v.projection().direction());
        assertEquals(3, v.projection().basedOnYears());
        assertEquals(2020, v.projection().dueYear());
    }

    @Test
    void byYearIsAtRiskWhenTheProjectionReachesNinetyPercentOfTheThreshold() {
        // 2016: 50, 2017: 60, 2019: 80 (2018 missing): the line reaches exactly 90 in 2020 (see ProjectionTest)
        // — 90% of 100 is the lower edge of AT_RISK.
        TargetStatusRule.Verdict v = by2020(2020, "50", "60", null, "80");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.PROJECTION_NEAR, v.reason());
        assertDecimal("90", v.projection().projectedValue());
        assertEquals(3, v.yearsWithData());
    }

    @Test
    void byYearIsOnTrackWhenTheProjectionReachesTheThresholdAndPercentagesStopAt100() {
        // 2018: 36.3636 (4 of 11 schools), 2019: 72.7273 (8 of 11): at 2020 the line gives 109.091 → shown as 100.
        TargetStatusRule.Verdict v = by2020(2020, null, null, "36.3636", "72.7273");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_MEETS, v.reason());
        assertDecimal("100", v.projection().projectedValue());
        assertDecimal("36.3637", v.projection().slopePerYear());
    }

    @Test
    void byYearWithTheDistrict11T1aFigures() {
        // 50, 66.6667, 83.3333, 87.5, 80 (2016–2020). x̄ = 2018, ȳ = 367.5 / 5 = 73.5;
        // Σ(x−x̄)(y−ȳ) = −2×50 − 66.6667 + 0 + 87.5 + 2×80 = 80.8333; Σ(x−x̄)² = 10; slope = 8.0833;
        // at 2020: 73.5 + 8.08333 × 2 = 89.6667 < 90 → OFF_TRACK.
        TargetStatusRule.Verdict v = by2020(2020, "50", "66.6667", "83.3333", "87.5", "80");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertDecimal("89.6667", v.projection().projectedValue());
        assertDecimal("8.0833", v.projection().slopePerYear());
        assertEquals(0, v.yearsMet());
        assertEquals(5, v.yearsWithData());
    }

    @Test
    void byYearWithOneYearHasNoTrendAndIsAtRisk() {
        TargetStatusRule.Verdict v = by2020(2020, null, null, "40");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.SINGLE_YEAR, v.reason());
        assertNull(v.projection());
    }

    @Test
    void byYearIsOffTrackOnceTheDueYearIsOverAndMissed() {
        // Today 2021: 2020 ended at 95% — missed, whatever the trend says (it would say 110 → ON_TRACK).
        TargetStatusRule.Verdict v = by2020(2021, null, null, null, "80", "95", "100");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, v.reason());
        assertEquals(2020, v.latestYear()); // 2021 is after the due year and not looked at
    }

    @Test
    void aFallingCountIsNeverProjectedBelowZeroAndAFlatLineIsFlat() {
        // A count target of 3 by 2020 with 2018: 1.5, 2019: 0.5 (an AVERAGE can be fractional):
        // slope −1, at 2020: 0.5 − 1 = −0.5 → kept at 0, DOWN.
        List<TargetStatusRule.YearFigure> figures = years(new BigDecimal("3"), null, null, "1.5", "0.5");
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2020, new BigDecimal("3"),
                false, 2016, 2020, figures);
        assertDecimal("0", v.projection().projectedValue());
        assertEquals(Direction.DOWN, v.projection().direction());
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        TargetStatusRule.Verdict flat = by2020(2020, null, null, "50", "50");
        assertEquals(Direction.FLAT, flat.projection().direction());
        assertDecimal("50", flat.projection().projectedValue());
    }

    @Test
    void byYearIsJudgedOnTheLatestYearNotOnAnyYear() {
        // 2017 reached 100%, 2018 fell back to 87.5% (today 2019, nothing for 2019 yet): not ACHIEVED — a share
        // that has dropped below the target is not "already reached". Line through 2017 and 2018: slope −12.5,
        // at 2020: 87.5 − 12.5 × 2 = 62.5, below 90 → OFF_TRACK; 1 of 2 years met.
        TargetStatusRule.Verdict v = by2020(2019, null, "100", "87.5");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_SHORT, v.reason());
        assertEquals(1, v.yearsMet());
        assertEquals(2, v.yearsWithData());
        assertDecimal("62.5", v.projection().projectedValue());
        assertDecimal("-12.5", v.projection().slopePerYear());
    }

    @Test
    void aCountIsProjectedAbove100() {
        // A count target of 150 by 2020 (not a percentage): 2018: 80, 2019: 120 → slope 40, at 2020: 160.
        // Only shares stop at 100; a count of 160 is 160 and reaches 150 → ON_TRACK. (Kept at 100 it would read
        // as below 90% of 150 = 135 → OFF_TRACK.)
        List<TargetStatusRule.YearFigure> figures = years(new BigDecimal("150"), null, null, "80", "120");
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2020, new BigDecimal("150"),
                false, 2016, 2020, figures);
        assertEquals("160.0000", v.projection().projectedValue().toPlainString());
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_MEETS, v.reason());
    }

    @Test
    void aProjectedValueExactlyHalfwayRoundsUp() {
        // 2016–2019: 50, 55, 58.3333, 60 (today 2020, nothing for 2020 yet). x̄ = 2017.5, ȳ = 223.3333 / 4
        // = 55.833325; Σ(x−x̄)(y−ȳ) = −1.5 × (−5.833325) − 0.5 × (−0.833325) + 0.5 × 2.499975 + 1.5 × 4.166675
        // = 8.7499875 + 0.4166625 + 1.2499875 + 6.2500125 = 16.66665; Σ(x−x̄)² = 5; slope = 3.33333 (→ 3.3333);
        // at 2020: 55.833325 + 3.33333 × 2.5 = 64.16665 exactly — a tie after an even digit: half up 64.1667,
        // half even and half down 64.1666. Below 90 → OFF_TRACK.
        TargetStatusRule.Verdict v = by2020(2020, "50", "55", "58.3333", "60");
        assertEquals("64.1667", v.projection().projectedValue().toPlainString());
        assertEquals("3.3333", v.projection().slopePerYear().toPlainString());
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(4, v.projection().basedOnYears());
    }

    @Test
    void aProjectionExactlyAtTheThresholdIsOnTrack() {
        // 2018: 80, 2019: 90 → at 2020: 100, exactly the threshold: reaching it is enough.
        TargetStatusRule.Verdict v = by2020(2020, null, null, "80", "90");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertDecimal("100", v.projection().projectedValue());
    }
}
