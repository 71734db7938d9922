package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The straight line that best fits the yearly figures (ordinary least squares), and where it
 * reaches in a given year. With x = year and y = figure, over the n years with data:
 * <pre>
 *   slope     = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²
 *   value(X)  = ȳ + slope × (X − x̄)
 * </pre>
 * Pure arithmetic with {@link BigDecimal}, so a hand computation gives the very same digits; the
 * results are rounded to 4 decimals half-up like every figure.
 */
public final class Projection {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** One year's district figure. */
    public record Point(int year, BigDecimal value) {
    }

    /** The fitted line, by its slope and its height at the mean year. */
    public record Line(BigDecimal slope, BigDecimal meanYear, BigDecimal meanValue) {

        public BigDecimal valueAt(int year) {
            return meanValue.add(slope.multiply(BigDecimal.valueOf(year).subtract(meanYear), PRECISION), PRECISION);
        }

        public BigDecimal roundedSlope() {
            return slope.setScale(Aggregator.SCALE, RoundingMode.HALF_UP);
        }
    }

    private Projection() {
    }

    /** The least-squares line, or empty with fewer than two years: one point has no direction. */
    public static Optional<Line> fit(List<Point> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(points.size());
        BigDecimal sumX = BigDecimal.ZERO;
        BigDecimal sumY = BigDecimal.ZERO;
        for (Point p : points) {
            sumX = sumX.add(BigDecimal.valueOf(p.year()));
            sumY = sumY.add(p.value());
        }
        BigDecimal meanX = sumX.divide(n, PRECISION);
        BigDecimal meanY = sumY.divide(n, PRECISION);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (Point p : points) {
            BigDecimal dx = BigDecimal.valueOf(p.year()).subtract(meanX);
            sxy = sxy.add(dx.multiply(p.value().subtract(meanY)));
            sxx = sxx.add(dx.multiply(dx));
        }
        if (sxx.signum() == 0) {
            return Optional.empty(); // every point in the same year: no line through them
        }
        return Optional.of(new Line(sxy.divide(sxx, PRECISION), meanX, meanY));
    }
}
