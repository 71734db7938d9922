package vn.planmonitor.orgunit;

import vn.planmonitor.common.Responses;

import java.time.Instant;
import java.time.LocalDate;

/** {@code active}: valid today, kept for the clients written before the validity dates. */
public record OrgUnitView(long id, String code, String nameVi, String nameEn, String type, String parentCode,
                          boolean active, LocalDate validFrom, LocalDate validTo, Instant createdAt,
                          Instant updatedAt, long version)
        implements Responses.Versioned {

    static OrgUnitView of(OrgUnit u, LocalDate today) {
        return new OrgUnitView(u.id, u.code, u.nameVi, u.nameEn, u.type, u.parent == null ? null : u.parent.code,
                u.isValidOn(today), u.validFrom, u.validTo, u.createdAt, u.updatedAt, u.version);
    }
}
