package vn.planmonitor.indicator;

/**
 * Fired (synchronously, in the transaction) after an indicator was created or edited (one with targets or
 * values cannot be deleted): its reporting units, types or active flag decide who is expected to report
 * it, so what is derived from them is derived again.
 */
public record IndicatorChanged(long indicatorId) {
}
