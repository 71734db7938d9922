package vn.planmonitor.indicator;

/**
 * Fired (synchronously, in the transaction) after an indicator was edited: its reporting units, types
 * or active flag decide who is expected to report it, so what is derived from them is derived again.
 */
public record IndicatorChanged(long indicatorId) {
}
