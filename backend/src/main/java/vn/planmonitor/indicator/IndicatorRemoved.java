package vn.planmonitor.indicator;

/** Fired (synchronously, in the transaction) after an indicator was deleted; its codes, as nothing is left to read. */
public record IndicatorRemoved(long indicatorId, String code, String planCode) {
}
