package vn.planmonitor.targets;

/**
 * How the district figure is formed from the units' values in one period.
 * <ul>
 * <li>SUM: the sum of the units' values.</li>
 * <li>RATIO_OF_SUMS: sum of numerators ÷ sum of denominators, as a percentage. Deliberately not the
 * mean of the units' ratios, which would weigh a ward of 2 officers like a ward of 20.</li>
 * <li>SHARE_OF_UNITS_MEETING: units whose own value reaches the per-unit threshold ÷ units expected
 * to report, as a percentage. A unit that did not report counts as not meeting.</li>
 * <li>AVERAGE: the mean of the reported values.</li>
 * </ul>
 */
public enum Aggregation {
    SUM, RATIO_OF_SUMS, SHARE_OF_UNITS_MEETING, AVERAGE;

    public boolean isPercentage() {
        return this == RATIO_OF_SUMS || this == SHARE_OF_UNITS_MEETING;
    }
}
