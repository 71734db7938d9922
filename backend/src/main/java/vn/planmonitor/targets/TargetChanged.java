package vn.planmonitor.targets;

/**
 * Fired (synchronously, in the transaction) after a target was created ({@code created}) or edited: its rule,
 * thresholds and indicator decide its figures, so what is derived from them is derived again.
 */
public record TargetChanged(long targetId, boolean created) {
}
