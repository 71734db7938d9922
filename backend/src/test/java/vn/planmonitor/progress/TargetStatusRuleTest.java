package vn.planmonitor.progress;

import org.junit.jupiter.api.Test;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    // ---------------------------------------------------------------- directions (issue 16: K4, K5, K6)

    /** Yearly figures from {@code firstYear}, each judged by {@code bound}; {@code inProgress} from that year on. */
    private static List<TargetStatusRule.YearFigure> judged(TargetStatusRule.Bound bound, int firstYear,
                                                            Integer inProgressFrom, String... figures) {
        List<TargetStatusRule.YearFigure> list = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            BigDecimal f = figures[i] == null ? null : new BigDecimal(figures[i]);
            int year = firstYear + i;
            list.add(new TargetStatusRule.YearFigure(year, f, f != null && bound.meets(f),
                    inProgressFrom != null && year >= inProgressFrom));
        }
        return list;
    }

    private static TargetStatusRule.Bound atMost(String threshold) {
        return new TargetStatusRule.Bound(TargetDirection.AT_MOST, new BigDecimal(threshold), null);
    }

    private static TargetStatusRule.Bound band(String low, String high) {
        return new TargetStatusRule.Bound(TargetDirection.BETWEEN, new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void k4AnAtMostTargetIsOnTrackWhenTheLineFallsToTheThreshold() {
        // Issue 16's worked example: 2021 0.9%, 2022 0.8%, 2023 0.6%, at most 0.5% by 2025, today in 2024.
        // x̄ = 2022, ȳ = 0.7667; slope −0.15; at 2025: 0.766667 − 0.45 = 0.316667 → 0.3167 ≤ 0.5 → ON_TRACK.
        TargetStatusRule.Bound bound = atMost("0.5");
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, true, 2021, 2024,
                judged(bound, 2021, 2024, "0.9", "0.8", "0.6", null));
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_MEETS, v.reason());
        assertEquals("0.3167", v.projection().projectedValue().toPlainString());
        assertEquals("-0.1500", v.projection().slopePerYear().toPlainString());
        assertEquals(Direction.DOWN, v.projection().direction());
        assertEquals(0, v.yearsMet());
    }

    @Test
    void anAtMostTargetIsAtRiskWithinATenthAboveAndAchievedOnceBelow() {
        TargetStatusRule.Bound bound = atMost("0.5");
        // 2023 0.9, 2024 0.72: slope −0.18, at 2025: 0.72 − 0.18 = 0.54 ≤ 0.5 × 1.1 = 0.55 → AT_RISK.
        TargetStatusRule.Verdict near = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, true, 2021, 2025,
                judged(bound, 2021, 2025, null, null, "0.9", "0.72"));
        assertEquals(ProgressStatus.AT_RISK, near.status());
        assertEquals(StatusReason.PROJECTION_NEAR, near.reason());
        assertEquals("0.5400", near.projection().projectedValue().toPlainString());
        // 2023 0.9, 2024 0.74: at 2025 0.58 > 0.55 → OFF_TRACK.
        TargetStatusRule.Verdict short_ = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, true, 2021,
                2025, judged(bound, 2021, 2025, null, null, "0.9", "0.74"));
        assertEquals(ProgressStatus.OFF_TRACK, short_.status());
        assertEquals(StatusReason.PROJECTION_SHORT, short_.reason());
        // 0.5 exactly is "at most 0.5": ACHIEVED.
        TargetStatusRule.Verdict done = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, true, 2021, 2025,
                judged(bound, 2021, 2025, null, null, "0.9", "0.5"));
        assertEquals(ProgressStatus.ACHIEVED, done.status());
        assertEquals(StatusReason.THRESHOLD_REACHED, done.reason());
    }

    @Test
    void k5AnAtMostTargetEveryYearWithAMissingYear() {
        // At most 3% every year: 2021 2.5 ✓, 2022 no figure, 2023 2.8 ✓ (today 2024): the missing year counts as
        // missed → AT_RISK, 2 of 2 years with a figure met. 2023 at 3.2 instead → OFF_TRACK.
        TargetStatusRule.Bound bound = atMost("3");
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.EVERY_YEAR, null, bound, true, 2021, 2024,
                judged(bound, 2021, 2024, "2.5", null, "2.8"));
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.EARLIER_YEAR_MISSED, v.reason());
        assertEquals(2, v.yearsMet());
        assertEquals(2, v.yearsWithData());
        TargetStatusRule.Verdict off = TargetStatusRule.evaluate(TargetTiming.EVERY_YEAR, null, bound, true, 2021,
                2024, judged(bound, 2021, 2024, "2.5", null, "3.2"));
        assertEquals(ProgressStatus.OFF_TRACK, off.status());
        assertEquals(StatusReason.LATEST_YEAR_MISSED, off.reason());
    }

    @Test
    void k6ABandIsMetBetweenItsEndsAndNearWithinATenthOutside() {
        TargetStatusRule.Bound bound = band("20", "30");
        assertTrue(bound.meets(new BigDecimal("20")));
        assertTrue(bound.meets(new BigDecimal("30")));
        assertFalse(bound.meets(new BigDecimal("30.0001")));
        assertFalse(bound.meets(new BigDecimal("19.9999")));
        // A count band 20–30 by 2025 (not a percentage). 2023 10, 2024 14: slope 4, at 2025 18 ≥ 20 × 0.9 → AT_RISK.
        TargetStatusRule.Verdict low = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, false, 2021, 2025,
                judged(bound, 2021, 2025, null, null, "10", "14"));
        assertEquals(ProgressStatus.AT_RISK, low.status());
        assertEquals("18.0000", low.projection().projectedValue().toPlainString());
        // 2023 40, 2024 36: slope −4, at 2025 32 ≤ 30 × 1.1 = 33 → AT_RISK; 2023 40, 2024 37: 34 → OFF_TRACK.
        assertEquals(ProgressStatus.AT_RISK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, false, 2021,
                2025, judged(bound, 2021, 2025, null, null, "40", "36")).status());
        assertEquals(ProgressStatus.OFF_TRACK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, false,
                2021, 2025, judged(bound, 2021, 2025, null, null, "40", "37")).status());
        // 2023 40, 2024 35: at 2025 30, inside the band → ON_TRACK.
        assertEquals(ProgressStatus.ON_TRACK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, bound, false,
                2021, 2025, judged(bound, 2021, 2025, null, null, "40", "35")).status());
    }

    // ---------------------------------------------------------------- a year in progress

    @Test
    void aYearInProgressIsShownButNotJudged() {
        // At least 3 every year; 2016–2019 met; 2020 (in progress) has 1 so far → still ACHIEVED on 2016–2019.
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(new BigDecimal("3"));
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.EVERY_YEAR, null, bound, false, 2016, 2020,
                judged(bound, 2016, 2020, "3", "4", "5", "3", "1"));
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(2019, v.latestYear());
        assertEquals(4, v.yearsWithData());
        // Only the year in progress has a figure: nothing is judged yet.
        TargetStatusRule.Verdict none = TargetStatusRule.evaluate(TargetTiming.EVERY_YEAR, null, bound, false, 2016,
                2020, judged(bound, 2016, 2020, null, null, null, null, "1"));
        assertEquals(ProgressStatus.NO_DATA, none.status());
    }

    @Test
    void theDueYearIsNotMissedWhileItsReportsAreNotYetDue() {
        // By 2020 at 100%: on 15 January 2021 the year 2020 is over but its reports are due on 31 January, so it
        // is still in progress: judged on 2018–2019 (80, 90 → at 2020: 100 → ON_TRACK), not DUE_YEAR_MISSED.
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(HUNDRED);
        TargetStatusRule.Verdict january = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2020, bound, true, 2016,
                2021, judged(bound, 2016, 2020, null, null, "80", "90", "40"));
        assertEquals(ProgressStatus.ON_TRACK, january.status());
        assertEquals(StatusReason.PROJECTION_MEETS, january.reason());
        assertEquals(2019, january.latestYear());
        // On 1 February 2021 the reports are due: 2020 counts, 40 < 100 → DUE_YEAR_MISSED.
        TargetStatusRule.Verdict february = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2020, bound, true, 2016,
                2021, judged(bound, 2016, null, null, null, "80", "90", "40"));
        assertEquals(ProgressStatus.OFF_TRACK, february.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, february.reason());
        assertEquals(2020, february.latestYear());
    }

    @Test
    void theEdgesOfNearAreNearForAtMostAndBands() {
        // At most 0.5: 2023 0.9, 2024 0.725 → slope −0.175, at 2025: 0.8125 − 0.2625 = 0.55, exactly 110% → AT_RISK.
        TargetStatusRule.Bound atMost = atMost("0.5");
        assertEquals(ProgressStatus.AT_RISK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, atMost, true, 2021,
                2025, judged(atMost, 2021, 2025, null, null, "0.9", "0.725")).status());
        // Band 20–30: 2023 40, 2024 36.5 → slope −3.5, at 2025: 38.25 − 5.25 = 33, exactly 110% of 30 → AT_RISK.
        TargetStatusRule.Bound band = band("20", "30");
        assertEquals(ProgressStatus.AT_RISK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, band, false, 2021,
                2025, judged(band, 2021, 2025, null, null, "40", "36.5")).status());
        // Band 20–30: 2023 10, 2024 12 → at 2025 14, below 90% of 20 = 18 → OFF_TRACK (however far below 33).
        assertEquals(ProgressStatus.OFF_TRACK, TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2025, band, false,
                2021, 2025, judged(band, 2021, 2025, null, null, "10", "12")).status());
    }

    @Test
    void onlyTheDueYearInProgressKeepsItOpen() {
        // By 2019 at 100%, on 15 January 2021: 2020 is in progress, 2019 is not — 2019's 96 missed → DUE_YEAR_MISSED,
        // whatever a year after the due year is doing.
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(HUNDRED);
        TargetStatusRule.Verdict v = TargetStatusRule.evaluate(TargetTiming.BY_YEAR, 2019, bound, true, 2016, 2021,
                judged(bound, 2016, 2020, "80", "90", "95", "96", "100"));
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, v.reason());
    }

    // ---------------------------------------------------------------- cumulative (K7)

    private static TargetStatusRule.Verdict cumulative(int currentYear, Integer inProgressFrom, String... sums) {
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(new BigDecimal("20"));
        return TargetStatusRule.cumulative(2025, bound, 2021, currentYear, judged(bound, 2021, inProgressFrom, sums));
    }

    @Test
    void k7ACumulativeTargetExactlyOnTheLineIsOnTrack() {
        // 20 over 2021–2025; 3, 5, 4 approved in 2021–2023 → running sums 3, 8, 12; today in 2024 (in progress):
        // 3 of 5 years gone, the straight share 20 × 3/5 = 12 → 12 meets it: ON_TRACK, exactly on the line.
        TargetStatusRule.Verdict v = cumulative(2024, 2024, "3", "8", "12", "13");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.PACE_MET, v.reason());
        assertEquals(3, v.pace().yearsGone());
        assertEquals(5, v.pace().yearsTotal());
        assertEquals("12.0000", v.pace().expectedSoFar().toPlainString());
        assertNull(v.pace().expectedHighSoFar());
        assertEquals(2023, v.latestYear());
        assertNull(v.projection());
        // 11 after 3 years: short of 12 by less than a tenth (10.8) → AT_RISK; 10 → OFF_TRACK.
        assertEquals(StatusReason.PACE_NEAR, cumulative(2024, 2024, "3", "8", "11").reason());
        assertEquals(StatusReason.PACE_SHORT, cumulative(2024, 2024, "3", "8", "10").reason());
        assertEquals(ProgressStatus.OFF_TRACK, cumulative(2024, 2024, "3", "8", "10").status());
    }

    @Test
    void k7ACumulativeTargetIsAchievedOnceTheSumReachesItAndMissedAfterTheDueYear() {
        TargetStatusRule.Verdict done = cumulative(2025, 2025, "8", "14", "20");
        assertEquals(ProgressStatus.ACHIEVED, done.status());
        assertEquals(StatusReason.THRESHOLD_REACHED, done.reason());
        assertNull(done.pace());
        assertEquals(1, done.yearsMet());
        // 2026, the 2025 reports due: 19 in all → DUE_YEAR_MISSED.
        TargetStatusRule.Verdict missed = cumulative(2026, null, "3", "8", "12", "15", "19");
        assertEquals(ProgressStatus.OFF_TRACK, missed.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, missed.reason());
        // In January 2026, 2025 still in progress: judged on 2021–2024, 4 of 5 years → 16 expected; 15 → AT_RISK.
        TargetStatusRule.Verdict january = cumulative(2026, 2025, "3", "8", "12", "15", "19");
        assertEquals(ProgressStatus.AT_RISK, january.status());
        assertEquals("16.0000", january.pace().expectedSoFar().toPlainString());
        // Nothing judged yet: NO_DATA.
        assertEquals(ProgressStatus.NO_DATA, cumulative(2021, 2021, "3").status());
    }

    @Test
    void aCumulativeBandScalesBothEnds() {
        // Between 10 and 20 over 2021–2025; after 2 of 5 years (today 2023) the share is 4–8: a running sum of
        // 6 is inside → ON_TRACK; 8.5 is above, within 8 × 1.1 = 8.8 → AT_RISK; 9 is beyond it → OFF_TRACK.
        TargetStatusRule.Bound bound = band("10", "20");
        TargetStatusRule.Verdict v = TargetStatusRule.cumulative(2025, bound, 2021, 2023,
                judged(bound, 2021, 2023, "3", "6"));
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals("4.0000", v.pace().expectedSoFar().toPlainString());
        assertEquals("8.0000", v.pace().expectedHighSoFar().toPlainString());
        assertEquals(ProgressStatus.AT_RISK, TargetStatusRule.cumulative(2025, bound, 2021, 2023,
                judged(bound, 2021, 2023, "3", "8.5")).status());
        assertEquals(ProgressStatus.OFF_TRACK, TargetStatusRule.cumulative(2025, bound, 2021, 2023,
                judged(bound, 2021, 2023, "3", "9")).status());
    }

    @Test
    void runningSumsCarryAYearWithoutAFigureAndStopAtTheCurrentYear() {
        // Figures 2016–2021: none, 3, none, 5, 9, 4; today in 2020 → sums none, 3, 3, 8, 17, and none for 2021.
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(new BigDecimal("8"));
        java.util.TreeMap<Integer, TargetStatusRule.YearFigure> yearly = new java.util.TreeMap<>();
        for (TargetStatusRule.YearFigure y : judged(bound, 2016, 2020, null, "3", null, "5", "9", "4")) {
            yearly.put(y.year(), y);
        }
        List<TargetStatusRule.YearFigure> sums = List.copyOf(ProgressService.runningSums(yearly, bound, 2020).values());
        assertNull(sums.get(0).figure());
        assertEquals("3", sums.get(1).figure().toPlainString());
        assertEquals("3", sums.get(2).figure().toPlainString());
        assertEquals("8", sums.get(3).figure().toPlainString());
        assertEquals("17", sums.get(4).figure().toPlainString());
        assertNull(sums.get(5).figure());
        assertEquals(List.of(false, false, false, true, true, false),
                sums.stream().map(TargetStatusRule.YearFigure::met).toList());
        assertTrue(sums.get(4).inProgress());
    }

    @Test
    void aCumulativeTargetLooksOnlyAtJudgedYearsUpToItsDueYear() {
        TargetStatusRule.Bound bound = TargetStatusRule.Bound.atLeast(new BigDecimal("20"));
        // Due 2025, today 2027: 2026's 25 (after the due year) does not count; 2025 ended at 19 → DUE_YEAR_MISSED.
        TargetStatusRule.Verdict after = TargetStatusRule.cumulative(2025, bound, 2021, 2027,
                judged(bound, 2021, null, "3", "8", "12", "15", "19", "25"));
        assertEquals(StatusReason.DUE_YEAR_MISSED, after.reason());
        assertEquals(2025, after.latestYear());
        assertEquals("19", after.latestFigure().toPlainString());
        // Due 2024, today 2025 with 2025 in progress: 2024 is judged and missed (15) → DUE_YEAR_MISSED, whatever 2025 does.
        TargetStatusRule.Verdict later = TargetStatusRule.cumulative(2024, bound, 2021, 2025,
                judged(bound, 2021, 2025, "3", "8", "12", "15", "22"));
        assertEquals(StatusReason.DUE_YEAR_MISSED, later.reason());
        // In the due year itself (not flagged in progress here) the period is not over: 17 after 5 of 5 years
        // against 20 → short by more than a tenth (18) → PACE_SHORT, not DUE_YEAR_MISSED.
        TargetStatusRule.Verdict inTheYear = TargetStatusRule.cumulative(2025, bound, 2021, 2025,
                judged(bound, 2021, null, "3", "8", "12", "15", "17"));
        assertEquals(StatusReason.PACE_SHORT, inTheYear.reason());
        // Judged years without any sum yet: NO_DATA, never a pace of nothing.
        assertEquals(ProgressStatus.NO_DATA, TargetStatusRule.cumulative(2025, bound, 2021, 2023,
                judged(bound, 2021, 2023, null, null, "4")).status());
    }

    // ---------------------------------------------------------------- milestones (K10)

    /**
     * The worked example: "năm 2023 đạt 40%, năm 2024 đạt 60%, năm 2025 đạt 80%" over 2021–2025 — 2023 and 2024
     * are milestones, 2025 the due year with the target's own 80. Figures from 2021; each year's met is judged
     * against the milestone in force (none in 2021–2022); years from {@code inProgressFrom} are in progress.
     */
    private static TargetStatusRule.Verdict milestones(int currentYear, Integer inProgressFrom, String... figures) {
        java.util.Map<Integer, BigDecimal> inForce = java.util.Map.of(2023, new BigDecimal("40"),
                2024, new BigDecimal("60"), 2025, new BigDecimal("80"));
        List<TargetStatusRule.YearFigure> years = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int year = 2021 + i;
            BigDecimal f = i < figures.length && figures[i] != null ? new BigDecimal(figures[i]) : null;
            BigDecimal own = inForce.get(year);
            years.add(new TargetStatusRule.YearFigure(year, f, f != null && own != null && f.compareTo(own) >= 0,
                    inProgressFrom != null && year >= inProgressFrom && year <= currentYear));
        }
        return TargetStatusRule.milestones(2025, java.util.Set.of(2023, 2024),
                TargetStatusRule.Bound.atLeast(new BigDecimal("80")), true, currentYear, years);
    }

    @Test
    void k10TheLatestMilestoneYearDecides() {
        // 2023 45 ≥ 40, 2024 62 ≥ 60; today in 2025 (in progress) → ON_TRACK, both milestones met.
        TargetStatusRule.Verdict v = milestones(2025, 2025, "20", "30", "45", "62");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.MILESTONE_MET, v.reason());
        assertEquals(2, v.yearsMet());
        assertEquals(2, v.yearsWithData());
        assertEquals(2024, v.latestYear());
        // The line through 2021–2024 (20, 30, 45, 62): x̄ = 2022.5, ȳ = 39.25; Σ(x−x̄)(y−ȳ) = −1.5 × 20 − 0.5 × 30
        // + 0.5 × 45 + 1.5 × 62 = 70.5 (ȳ terms cancel); Σ(x−x̄)² = 5; slope 14.1; at 2025: 39.25 + 2.5 × 14.1 = 74.5.
        assertDecimal("74.5", v.projection().projectedValue());
        // An earlier milestone met, the latest missed: the line at 2025 (2023 45, 2024 50: 55) is short of 80.
        v = milestones(2025, 2025, null, null, "45", "50");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.MILESTONE_MISSED, v.reason());
        assertEquals(1, v.yearsMet());
        // The latest missed but the line catches up: 2023 30, 2024 55 → slope 25, at 2025: 80 ≥ 80 → AT_RISK.
        v = milestones(2025, 2025, null, null, "30", "55");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.MILESTONE_MISSED_CATCHING_UP, v.reason());
        assertDecimal("80", v.projection().projectedValue());
        // A single judged year that missed: no line → OFF_TRACK.
        assertEquals(StatusReason.MILESTONE_MISSED, milestones(2024, 2024, null, null, "35").reason());
    }

    @Test
    void k10OnlyMilestoneYearsAreJudgedAndTheDueYearEndsIt() {
        // Figures only in 2021–2022, which have no milestone: nothing judged yet → NO_DATA (the line 20, 30 still
        // drawn: slope 10, at 2025: 30 + 3 × 10 = 60).
        TargetStatusRule.Verdict v = milestones(2023, 2023, "20", "30");
        assertEquals(ProgressStatus.NO_DATA, v.status());
        assertDecimal("60", v.projection().projectedValue());
        // A milestone year in progress is not judged: 2024's 10 in June 2024 leaves 2023's met 41 deciding.
        assertEquals(StatusReason.MILESTONE_MET, milestones(2024, 2024, null, null, "41", "10").reason());
        // The due year met its own 80 → ACHIEVED, whatever an earlier milestone did.
        v = milestones(2026, null, null, null, "30", "50", "81");
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(StatusReason.FINAL_MILESTONE_MET, v.reason());
        assertEquals(1, v.yearsMet());
        assertEquals(3, v.yearsWithData());
        // The due year over and missed, or without a figure → OFF_TRACK.
        assertEquals(StatusReason.DUE_YEAR_MISSED, milestones(2026, null, null, null, "45", "62", "79").reason());
        v = milestones(2026, null, null, null, "45", "62");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, v.reason());
        // No figure at all, even with the due year over: NO_DATA, as for any by-year target.
        assertEquals(ProgressStatus.NO_DATA, milestones(2026, null).status());
    }

    /** Milestones 2023: 40, 2024: 60, due 2025 at 80, figures from 2021 on; years listed in {@code inProgress} are. */
    private static TargetStatusRule.Verdict k10(int currentYear, java.util.Set<Integer> inProgress, String... figures) {
        java.util.Map<Integer, BigDecimal> inForce = java.util.Map.of(2023, new BigDecimal("40"),
                2024, new BigDecimal("60"), 2025, new BigDecimal("80"));
        List<TargetStatusRule.YearFigure> years = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            int year = 2021 + i;
            BigDecimal f = figures[i] == null ? null : new BigDecimal(figures[i]);
            BigDecimal own = inForce.get(year);
            years.add(new TargetStatusRule.YearFigure(year, f, f != null && own != null && f.compareTo(own) >= 0,
                    inProgress.contains(year)));
        }
        return TargetStatusRule.milestones(2025, java.util.Set.of(2023, 2024),
                TargetStatusRule.Bound.atLeast(new BigDecimal("80")), true, currentYear, years);
    }

    @Test
    void k10TheDueYearIsOverOnlyOnceItsReportsAreDue() {
        // Today in 2025 and 2025 already judged (not in progress): 2025's 70 missed its 80, but the due year is
        // not over → judged as a missed milestone: the line through 2023–2025 (45, 62, 70; x̄ 2024, ȳ 59, slope
        // (−1 × −14 + 1 × 11) ÷ 2 = 12.5) reaches 59 + 12.5 = 71.5 at 2025, short of 80 → MILESTONE_MISSED.
        TargetStatusRule.Verdict v = k10(2025, java.util.Set.of(), null, null, "45", "62", "70");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.MILESTONE_MISSED, v.reason());
        assertDecimal("71.5", v.projection().projectedValue());
        // In 2026 with 2025 still in progress (its reports not yet due), 2024's met milestone decides.
        v = k10(2026, java.util.Set.of(2025, 2026), null, null, "45", "62", "70", "90");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertEquals(StatusReason.MILESTONE_MET, v.reason());
        assertEquals(2024, v.latestYear());
        // In 2026 with only 2026 in progress, 2025 is over: its 79 missed → DUE_YEAR_MISSED.
        v = k10(2026, java.util.Set.of(2026), null, null, "45", "62", "79", "95");
        assertEquals(StatusReason.DUE_YEAR_MISSED, v.reason());
        assertEquals(2025, v.latestYear());
        assertDecimal("79", v.latestFigure());
    }

    @Test
    void k10YearsAfterTheDueYearAreNotJudgedNorInTheLine() {
        // Due 2025 met (81); 2026's 10 comes after the target and changes nothing: the line is 2023–2025 only.
        TargetStatusRule.Verdict v = k10(2027, java.util.Set.of(), null, null, "45", "62", "81", "10");
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(3, v.projection().basedOnYears());
        // 45, 62, 81: slope 18, at 2025: 62.6667 + 18 = 80.6667.
        assertDecimal("80.6667", v.projection().projectedValue());
    }

    @Test
    void k10FiguresOnlyOutsideMilestoneYearsAfterTheDueYearAreAMissedTarget() {
        // Figures only in 2021 and 2022 (no milestone), today 2026: the due year is over without a judged
        // figure → OFF_TRACK, with no latest judged year.
        TargetStatusRule.Verdict v = k10(2026, java.util.Set.of(), "20", "30");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.DUE_YEAR_MISSED, v.reason());
        assertEquals(0, v.yearsWithData());
        assertNull(v.latestYear());
        assertNull(v.latestFigure());
    }

    @Test
    void k8AChangeIsNotKeptAboveZeroAndEveryYearCountsFromTheYearAfterTheBaseline() {
        // Changes −10 (2021) and −20 (2022), at least +10 by 2025: the line falls by 10 a year to −50 at 2025
        // (a change may be negative: not kept at 0) → OFF_TRACK.
        TargetStatusRule.Bound atLeast10 = TargetStatusRule.Bound.atLeast(BigDecimal.TEN);
        List<TargetStatusRule.YearFigure> falling = List.of(
                new TargetStatusRule.YearFigure(2021, new BigDecimal("-10"), false),
                new TargetStatusRule.YearFigure(2022, new BigDecimal("-20"), false));
        TargetStatusRule.Verdict v = TargetStatusRule.evaluateChange(TargetTiming.BY_YEAR, 2025, atLeast10, 2021,
                2022, falling);
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertDecimal("-50", v.projection().projectedValue());
        // Every year from 2022 (baseline 2021): 2022 and 2023 met → ACHIEVED; counted from 2021 it would miss one.
        List<TargetStatusRule.YearFigure> met = List.of(
                new TargetStatusRule.YearFigure(2022, new BigDecimal("12"), true),
                new TargetStatusRule.YearFigure(2023, new BigDecimal("15"), true));
        v = TargetStatusRule.evaluateChange(TargetTiming.EVERY_YEAR, null, atLeast10, 2022, 2023, met);
        assertEquals(ProgressStatus.ACHIEVED, v.status());
        assertEquals(2, v.yearsMet());
    }

    /** Changes in 2023 and 2024 of a target due by 2025, read on 2024's figures. */
    private static TargetStatusRule.Verdict change2025(TargetStatusRule.Bound bound, String y2023, String y2024) {
        return TargetStatusRule.evaluateChange(TargetTiming.BY_YEAR, 2025, bound, 2021, 2024,
                judged(bound, 2023, null, y2023, y2024));
    }

    @Test
    void k8ADecreaseOfAtLeastTenPercentIsNearWithinATenthOfItsSize() {
        // "Giảm 10%": a change of at most −10. Near is a tenth of |−10| = 1 on the missed side: up to −9
        // (90% of −10 would be −9 but 110% −11, on the met side).
        TargetStatusRule.Bound fall10 = atMost("-10");
        // −6, −8: slope −2, at 2025 −10 ≤ −10 → ON_TRACK.
        TargetStatusRule.Verdict v = change2025(fall10, "-6", "-8");
        assertEquals(ProgressStatus.ON_TRACK, v.status());
        assertDecimal("-10", v.projection().projectedValue());
        // −5, −7.25: slope −2.25, at 2025 −9.5: above −10 but within −9 → AT_RISK.
        v = change2025(fall10, "-5", "-7.25");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertEquals(StatusReason.PROJECTION_NEAR, v.reason());
        assertDecimal("-9.5", v.projection().projectedValue());
        // −5, −7: at 2025 −9, the edge of near → AT_RISK; −5, −6.5: −8 → OFF_TRACK.
        assertEquals(ProgressStatus.AT_RISK, change2025(fall10, "-5", "-7").status());
        v = change2025(fall10, "-5", "-6.5");
        assertEquals(ProgressStatus.OFF_TRACK, v.status());
        assertEquals(StatusReason.PROJECTION_SHORT, v.reason());
        // 2024 already −12 ≤ −10 → ACHIEVED; a rise (+3) never meets it.
        assertEquals(ProgressStatus.ACHIEVED, change2025(fall10, "-5", "-12").status());
        assertEquals(ProgressStatus.OFF_TRACK, change2025(fall10, "1", "3").status());
    }

    @Test
    void k9AGrowthOfAtLeastMinusTwoPercentIsNearDownToMinusTwoPointTwo() {
        // "Bình quân giảm không quá 2%/năm": growth at least −2; near down to −2 − 0.2 = −2.2.
        TargetStatusRule.Bound growth = TargetStatusRule.Bound.atLeast(new BigDecimal("-2"));
        // −6, −4: slope 2, at 2025 −2 → ON_TRACK.
        assertEquals(ProgressStatus.ON_TRACK, change2025(growth, "-6", "-4").status());
        // −6, −4.1: slope 1.9, at 2025 −2.2 → AT_RISK at the edge; −6, −4.5: −3 → OFF_TRACK.
        TargetStatusRule.Verdict v = change2025(growth, "-6", "-4.1");
        assertEquals(ProgressStatus.AT_RISK, v.status());
        assertDecimal("-2.2", v.projection().projectedValue());
        assertEquals(ProgressStatus.OFF_TRACK, change2025(growth, "-6", "-4.5").status());
        // −1.5 ≥ −2 → ACHIEVED.
        assertEquals(ProgressStatus.ACHIEVED, change2025(growth, "-6", "-1.5").status());
    }

    @Test
    void aNegativeBandIsNearWithinATenthOfEachEndsSize() {
        // Band −10…−5: near from −10 − 1 = −11 to −5 + 0.5 = −4.5.
        TargetStatusRule.Bound band = band("-10", "-5");
        // −2, −3.25: slope −1.25, at 2025 −4.5 → AT_RISK at the high edge; −2, −3: −4 → OFF_TRACK.
        assertEquals(ProgressStatus.AT_RISK, change2025(band, "-2", "-3.25").status());
        assertEquals(ProgressStatus.OFF_TRACK, change2025(band, "-2", "-3").status());
        // −14, −12.5: slope 1.5, at 2025 −11 → AT_RISK at the low edge; −14, −12.6: −11.2 → OFF_TRACK.
        assertEquals(ProgressStatus.AT_RISK, change2025(band, "-14", "-12.5").status());
        assertEquals(ProgressStatus.OFF_TRACK, change2025(band, "-14", "-12.6").status());
        // −8, −7.5: −7.5 is within the band → ACHIEVED.
        assertEquals(ProgressStatus.ACHIEVED, change2025(band, "-8", "-7.5").status());
    }
}
