package vn.planmonitor.indicator;

/** Fired (synchronously, in the transaction) after an indicator was created. */
public record IndicatorAdded(long indicatorId) {
}
