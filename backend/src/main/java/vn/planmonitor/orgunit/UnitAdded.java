package vn.planmonitor.orgunit;

/** Fired (synchronously, in the transaction) after a unit was created. */
public record UnitAdded(long unitId) {
}
