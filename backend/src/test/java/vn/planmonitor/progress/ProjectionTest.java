package vn.planmonitor.progress;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Least-squares lines worked out by hand. */
class ProjectionTest {

    private static Projection.Point p(int year, String value) {
        return new Projection.Point(year, new BigDecimal(value));
    }

    private static String at(Projection.Line line, int year) {
        return line.valueAt(year).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void threeEvenlyRisingYears() {
        // 2016: 20, 2017: 30, 2018: 40. x̄ = 2017, ȳ = 30; Σ(x−x̄)(y−ȳ) = (−1)(−10) + 0 + (1)(10) = 20;
        // Σ(x−x̄)² = 1 + 0 + 1 = 2; slope = 20/2 = 10 per year; at 2020: 30 + 10 × 3 = 60.
        Projection.Line line = Projection.fit(List.of(p(2016, "20"), p(2017, "30"), p(2018, "40"))).orElseThrow();
        assertEquals("10.0000", line.roundedSlope().toPlainString());
        assertEquals("60.0000", at(line, 2020));
    }

    @Test
    void unevenYearsWithAGap() {
        // 2016: 50, 2017: 60, 2019: 80 (2018 has no data). x̄ = 6052/3 = 2017.3333, ȳ = 190/3 = 63.3333.
        // Σ(x−x̄)² = 1.7778 + 0.1111 + 2.7778 = 4.6667 (=14/3);
        // Σ(x−x̄)(y−ȳ) = (−1.3333)(−13.3333) + (−0.3333)(−3.3333) + (1.6667)(16.6667) = 17.7778 + 1.1111 + 27.7778
        // = 46.6667 (=140/3); slope = 140/14 = 10; at 2020: 63.3333 + 10 × 2.6667 = 90.
        Projection.Line line = Projection.fit(List.of(p(2016, "50"), p(2017, "60"), p(2019, "80"))).orElseThrow();
        assertEquals("10.0000", line.roundedSlope().toPlainString());
        assertEquals("90.0000", at(line, 2020));
    }

    @Test
    void aFallingTrend() {
        // 2017: 40, 2018: 35, 2019: 33. x̄ = 2018, ȳ = 36; Σ(x−x̄)(y−ȳ) = (−1)(4) + 0 + (1)(−3) = −7; Σ(x−x̄)² = 2;
        // slope = −3.5; at 2020: 36 − 3.5 × 2 = 29.
        Projection.Line line = Projection.fit(List.of(p(2017, "40"), p(2018, "35"), p(2019, "33"))).orElseThrow();
        assertEquals("-3.5000", line.roundedSlope().toPlainString());
        assertEquals("29.0000", at(line, 2020));
    }

    @Test
    void twoPointsGiveTheLineThroughThem() {
        // 2018: 36.3636, 2019: 72.7273 → slope 36.3637; at 2020: 72.7273 + 36.3637 = 109.0910.
        Projection.Line line = Projection.fit(List.of(p(2018, "36.3636"), p(2019, "72.7273"))).orElseThrow();
        assertEquals("36.3637", line.roundedSlope().toPlainString());
        assertEquals("109.0910", at(line, 2020));
    }

    @Test
    void oneYearHasNoLine() {
        assertTrue(Projection.fit(List.of(p(2018, "40"))).isEmpty());
        assertTrue(Projection.fit(List.of()).isEmpty());
    }

    @Test
    void aSlopeExactlyHalfwayRoundsUp() {
        // 2016: 66.6667 (2 of 3), 2018: 100. x̄ = 2017, ȳ = 83.33335; Σ(x−x̄)(y−ȳ) = (−1)(−16.66665) + (1)(16.66665)
        // = 33.3333; Σ(x−x̄)² = 2; slope = 16.66665 exactly — a tie after an even digit: half up 16.6667,
        // half even and half down 16.6666.
        Projection.Line line = Projection.fit(List.of(p(2016, "66.6667"), p(2018, "100"))).orElseThrow();
        assertEquals("16.6667", line.roundedSlope().toPlainString());
    }

    @Test
    void pointsAllInOneYearHaveNoLine() {
        // Σ(x−x̄)² = 0: no slope to divide out, so no line rather than a division by zero.
        assertTrue(Projection.fit(List.of(p(2018, "40"), p(2018, "50"))).isEmpty());
    }
}
