package vn.planmonitor.indicator;

/**
 * The shape of what a unit reports. A RATIO is reported as its two parts, never as a percentage,
 * so the district figure can be the ratio of sums rather than the mean of ratios.
 */
public enum ValueKind {
    NUMBER, COUNT, BOOLEAN, RATIO
}
