package vn.planmonitor.orgunit;

import java.time.LocalDate;

/**
 * What a client may set on a reporting unit; ids, timestamps and versions are the server's. The validity
 * dates left out of an edit stay as they are; without a {@code validTo}, {@code active: false} ends the
 * unit today and {@code active: true} (or none) makes an ended unit valid again — clients written before
 * the dates keep working.
 */
public record OrgUnitInput(String code, String nameVi, String nameEn, String type, String parentCode,
                           Boolean active, LocalDate validFrom, LocalDate validTo) {
}
