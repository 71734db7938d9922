package vn.planmonitor.progress;

import vn.planmonitor.completeness.ReportState;

import java.math.BigDecimal;

/**
 * One expected unit in one period: its report's state, its own value and whether it meets its own threshold —
 * its allocation in force that year ({@code allocation}, {@code allocationHigh}: a band's high end; K11), or
 * else the per-unit threshold.
 */
public record UnitFigureView(String orgUnitCode, String nameVi, String nameEn, String type, boolean active,
                             ReportState status, boolean counted, BigDecimal value, BigDecimal numerator,
                             BigDecimal denominator, Boolean meets, BigDecimal allocation, BigDecimal allocationHigh) {

    UnitFigureView allocated(TargetStatusRule.Bound own) {
        return own == null ? this : new UnitFigureView(orgUnitCode, nameVi, nameEn, type, active, status, counted,
                value, numerator, denominator, meets, vn.planmonitor.common.Decimals.strip(own.threshold()),
                vn.planmonitor.common.Decimals.strip(own.high()));
    }
}
