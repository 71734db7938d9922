package vn.planmonitor.orgunit;

/**
 * Fired (synchronously, in the transaction) just before a unit's edit is applied, and {@link UnitChanged}
 * just after: its active flag and type decide whether it is expected to report, so whatever is derived
 * from who is expected — the progress summaries — takes the unit out before and puts it back after.
 */
public record UnitChanging(long unitId) {
}
