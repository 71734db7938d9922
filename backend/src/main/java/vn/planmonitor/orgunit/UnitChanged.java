package vn.planmonitor.orgunit;

/** Fired just after a unit's edit was applied; see {@link UnitChanging}. */
public record UnitChanged(long unitId) {
}
