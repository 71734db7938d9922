package vn.planmonitor.orgunit;

/** Fired (synchronously, in the transaction) after a unit was deleted; its code, as nothing is left to read. */
public record UnitRemoved(long unitId, String code) {
}
