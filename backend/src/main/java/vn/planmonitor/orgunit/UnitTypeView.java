package vn.planmonitor.orgunit;

import vn.planmonitor.common.Responses;

import java.time.Instant;

public record UnitTypeView(long id, String code, String nameVi, String nameEn, int sortOrder, boolean topLevel,
                           Instant createdAt, Instant updatedAt, long version) implements Responses.Versioned {

    static UnitTypeView of(UnitType t) {
        return new UnitTypeView(t.id, t.code, t.nameVi, t.nameEn, t.sortOrder, t.topLevel, t.createdAt, t.updatedAt,
                t.version);
    }
}
