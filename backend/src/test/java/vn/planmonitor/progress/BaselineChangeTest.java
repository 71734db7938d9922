package vn.planmonitor.progress;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The change and growth arithmetic of K8 and K9, on hand-computed values. */
class BaselineChangeTest {

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> actual + " instead of " + expected);
    }

    @Test
    void k9TheWorkedExample() {
        // Baseline 2020 = 100, 2023 = 120: 1.2^(1/3) = 1.0626585692… → 6.2658569…% → 6.2659 (4 decimals, half up).
        assertDecimal("6.2659", BaselineChange.averageGrowth(new BigDecimal("120"), new BigDecimal("100"), 3));
        // Below 8% a year: not met.
        assertEquals(-1, BaselineChange.averageGrowth(new BigDecimal("120"), new BigDecimal("100"), 3)
                .compareTo(new BigDecimal("8")));
    }

    @Test
    void rootsAreExactWhereTheyCanBe() {
        assertDecimal("2", BaselineChange.nthRoot(new BigDecimal("8"), 3));
        assertDecimal("1.1", BaselineChange.nthRoot(new BigDecimal("1.4641"), 4));
        // 100 → 121 over two years: 10% a year exactly; 100 → 0: −100%; one year: the plain change.
        assertDecimal("10", BaselineChange.averageGrowth(new BigDecimal("121"), new BigDecimal("100"), 2));
        assertDecimal("-100", BaselineChange.averageGrowth(BigDecimal.ZERO, new BigDecimal("100"), 5));
        assertDecimal("-33.3333", BaselineChange.averageGrowth(new BigDecimal("2"), new BigDecimal("3"), 1));
    }

    @Test
    void aZeroBaselineHasNoPercentChange() {
        assertNull(BaselineChange.percent(new BigDecimal("5"), BigDecimal.ZERO));
        assertNull(BaselineChange.averageGrowth(new BigDecimal("5"), BigDecimal.ZERO, 2));
        assertDecimal("5", BaselineChange.absolute(new BigDecimal("5"), BigDecimal.ZERO));
        // (5 − 2) ÷ 2 × 100 = 150; 1 ÷ 3: 33.3333 (half up), 2 ÷ 3: 66.6667.
        assertDecimal("150", BaselineChange.percent(new BigDecimal("5"), new BigDecimal("2")));
        assertDecimal("-66.6667", BaselineChange.percent(new BigDecimal("1"), new BigDecimal("3")));
    }

    @Test
    void aNegativeFigureHasNoAverageGrowth() {
        // A derived A − B can fall below 0: −8 ÷ 100 has no real cube root, so no growth rate (and no failure).
        assertNull(BaselineChange.averageGrowth(new BigDecimal("-8"), new BigDecimal("100"), 3));
        assertNull(BaselineChange.averageGrowth(new BigDecimal("8"), new BigDecimal("-100"), 3));
        // Both negative: −121 ÷ −100 = 1.21 → 10% a year over 2 years.
        assertDecimal("10", BaselineChange.averageGrowth(new BigDecimal("-121"), new BigDecimal("-100"), 2));
    }
}
