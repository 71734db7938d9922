package vn.planmonitor.targets;

import java.math.BigDecimal;

/**
 * Which way a figure must go to meet a threshold (issue 16, kinds K4–K6).
 * <ul>
 * <li>AT_LEAST: figure ≥ threshold ("đạt ít nhất", every target of District 11).</li>
 * <li>AT_MOST: figure ≤ threshold ("giảm xuống dưới", "duy trì dưới").</li>
 * <li>BETWEEN: low ≤ figure ≤ high, both ends included ("trong khoảng 95–100%"); {@code threshold} is
 * the low end, {@code thresholdHigh} the high end.</li>
 * </ul>
 * A SHARE_OF_UNITS_MEETING target applies its direction to each unit's value against the per-unit
 * threshold ("at most 2% poor households" per ward); the share of units meeting is more-is-better by
 * construction, so it is always judged at least against the district threshold (see {@link #ofDistrict}).
 */
public enum TargetDirection {
    AT_LEAST, AT_MOST, BETWEEN;

    /** Whether {@code value} meets the bound; {@code high} is read only for BETWEEN. */
    public boolean meets(BigDecimal value, BigDecimal threshold, BigDecimal high) {
        return switch (this) {
            case AT_LEAST -> value.compareTo(threshold) >= 0;
            case AT_MOST -> value.compareTo(threshold) <= 0;
            case BETWEEN -> value.compareTo(threshold) >= 0 && value.compareTo(high) <= 0;
        };
    }

    /** The direction the district figure is judged in: a share of units meeting must reach its threshold. */
    public static TargetDirection ofDistrict(TargetDirection direction, Aggregation aggregation) {
        return aggregation == Aggregation.SHARE_OF_UNITS_MEETING ? AT_LEAST : direction;
    }

    /** {@code null} (left out of a request, or a row written before directions existed) is AT_LEAST. */
    public static TargetDirection orDefault(TargetDirection direction) {
        return direction == null ? AT_LEAST : direction;
    }
}
