package vn.planmonitor.orgunit;

/** What a client may set on a unit type; ids, timestamps and versions are the server's. */
public record UnitTypeInput(String code, String nameVi, String nameEn, Integer sortOrder, Boolean topLevel) {
}
