package vn.planmonitor.progress;

import vn.planmonitor.completeness.ReportState;
import vn.planmonitor.orgunit.OrgUnitType;

import java.math.BigDecimal;

/** One expected unit in one period: its report's state, its own value and whether it meets the per-unit threshold. */
public record UnitFigureView(String orgUnitCode, String nameVi, String nameEn, OrgUnitType type, boolean active,
                             ReportState status, boolean counted, BigDecimal value, BigDecimal numerator,
                             BigDecimal denominator, Boolean meets) {
}
