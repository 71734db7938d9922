package vn.planmonitor.orgunit;

/** What a client may set on a reporting unit; ids, timestamps and versions are the server's. */
public record OrgUnitInput(String code, String nameVi, String nameEn, String type, String parentCode,
                           Boolean active) {
}
