package vn.planmonitor.targets;

/** Fired (synchronously, in the transaction) after a target was deleted; its codes, as nothing is left to read. */
public record TargetRemoved(long targetId, String code, String planCode) {
}
