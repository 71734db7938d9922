package vn.planmonitor.progress;

import java.math.BigDecimal;

/**
 * One expected unit's report of one indicator in one period, reduced to numbers so the calculators
 * need no database. {@code counted} says whether the report counts (approved, or pending with
 * include=submitted, and holding a value for this indicator); {@code provisional} that it counts
 * only because pending reports were asked for.
 *
 * @param number      NUMBER and COUNT: the value; BOOLEAN: 1 for yes, 0 for no
 * @param numerator   RATIO only
 * @param denominator RATIO only
 */
public record UnitInput(boolean counted, boolean provisional, BigDecimal number, BigDecimal numerator,
                        BigDecimal denominator) {

    public static UnitInput missing() {
        return new UnitInput(false, false, null, null, null);
    }

    public static UnitInput number(BigDecimal number, boolean provisional) {
        return new UnitInput(true, provisional, number, null, null);
    }

    public static UnitInput answer(boolean yes, boolean provisional) {
        return number(yes ? BigDecimal.ONE : BigDecimal.ZERO, provisional);
    }

    public static UnitInput ratio(BigDecimal numerator, BigDecimal denominator, boolean provisional) {
        return new UnitInput(true, provisional, null, numerator, denominator);
    }

    boolean isRatio() {
        return denominator != null;
    }
}
