package vn.planmonitor.orgunit;

import java.time.LocalDate;
import java.util.List;

/**
 * A merge (many units end, one begins) or a split (one ends, many begin), effective on a date: the ending
 * units are valid until that day (exclusive), the new ones from it.
 */
public record ReorganisationInput(LocalDate effectiveDate, List<String> endingCodes, List<NewUnit> begins) {

    /** A unit that begins on the effective date. */
    public record NewUnit(String code, String nameVi, String nameEn, String type, String parentCode) {
    }
}
