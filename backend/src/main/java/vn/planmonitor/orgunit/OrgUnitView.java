package vn.planmonitor.orgunit;

import vn.planmonitor.common.Responses;

import java.time.Instant;

public record OrgUnitView(long id, String code, String nameVi, String nameEn, String type, String parentCode,
                          boolean active, Instant createdAt, Instant updatedAt, long version)
        implements Responses.Versioned {

    static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.id, u.code, u.nameVi, u.nameEn, u.type, u.parent == null ? null : u.parent.code,
                u.active, u.createdAt, u.updatedAt, u.version);
    }
}
