package vn.planmonitor.targets;

/**
 * Fired (synchronously, in the transaction) after a target was created, edited or deleted: its rule,
 * thresholds and indicator decide its figures, so what is derived from them is derived again (or dropped).
 */
public record TargetChanged(long targetId) {
}
