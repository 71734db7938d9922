package vn.planmonitor.orgunit;

/**
 * Fired just after a unit's edit was applied (see {@link UnitChanging}), and after a unit was created or
 * deleted: how many units of a type are expected to report follows.
 */
public record UnitChanged(long unitId) {
}
