package vn.planmonitor.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far a figure has come from a baseline (issue 16, K8 and K9). Exact decimal arithmetic, every result
 * rounded to 4 decimals half up, like every figure:
 * <ul>
 * <li>change in percent: (figure − baseline) ÷ baseline × 100;</li>
 * <li>change in absolute terms: figure − baseline;</li>
 * <li>average annual growth over n = year − baseline year years: ((figure ÷ baseline)^(1/n) − 1) × 100, the
 * n-th root by Newton's method on BigDecimal with {@link MathContext#DECIMAL128} (34 significant digits, far
 * more than the 4 decimals kept): r ← ((n − 1) r + x ÷ r^(n−1)) ÷ n from the double estimate, until a step
 * no longer changes r at that precision. 1.2^(1/3) = 1.0626585692… → 6.2659% a year.</li>
 * <li>year-on-year growth: (figure − previous) ÷ previous × 100.</li>
 * </ul>
 * A baseline (or previous figure) of 0 makes a percentage undefined: the callers give "no data" with a reason,
 * never infinity. Pure arithmetic.
 */
public final class BaselineChange {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BaselineChange() {
    }

    /** {@code null} when the baseline is 0. */
    public static BigDecimal percent(BigDecimal figure, BigDecimal baseline) {
        if (baseline.signum() == 0) {
            return null;
        }
        return figure.subtract(baseline).multiply(HUNDRED).divide(baseline, MC).setScale(Aggregator.SCALE,
                RoundingMode.HALF_UP);
    }

    public static BigDecimal absolute(BigDecimal figure, BigDecimal baseline) {
        return figure.subtract(baseline).setScale(Aggregator.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * {@code null} when the baseline is 0 or the figure and the baseline have opposite signs (no real root);
     * {@code years} must be at least 1.
     */
    public static BigDecimal averageGrowth(BigDecimal figure, BigDecimal baseline, int years) {
        if (baseline.signum() == 0 || figure.signum() * baseline.signum() < 0) {
            return null;
        }
        if (years < 1) {
            throw new IllegalArgumentException("years " + years);
        }
        BigDecimal root = nthRoot(figure.divide(baseline, MC), years);
        return root.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(Aggregator.SCALE, RoundingMode.HALF_UP);
    }

    /** The n-th root of a non-negative x at DECIMAL128 precision, by Newton's method. */
    static BigDecimal nthRoot(BigDecimal x, int n) {
        if (x.signum() < 0) {
            throw new IllegalArgumentException("negative " + x);
        }
        if (x.signum() == 0 || n == 1) {
            return x;
        }
        double estimate = Math.pow(x.doubleValue(), 1.0 / n);
        BigDecimal r = Double.isFinite(estimate) && estimate > 0 ? new BigDecimal(estimate, MC) : BigDecimal.ONE;
        BigDecimal nn = BigDecimal.valueOf(n);
        BigDecimal nMinusOne = BigDecimal.valueOf(n - 1L);
        for (int i = 0; i < 200; i++) {
            BigDecimal next = nMinusOne.multiply(r, MC).add(x.divide(r.pow(n - 1, MC), MC), MC).divide(nn, MC);
            if (next.compareTo(r) == 0) {
                break;
            }
            r = next;
        }
        return r;
    }
}
