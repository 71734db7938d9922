package vn.planmonitor.orgunit;

import java.time.LocalDate;
import java.util.List;

/** A recorded reorganisation: the units that ended and those that began on its effective date. */
public record ReorganisationView(LocalDate effectiveDate, List<OrgUnitView> ended, List<OrgUnitView> begun) {
}
