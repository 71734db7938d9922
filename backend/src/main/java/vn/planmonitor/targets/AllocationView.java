package vn.planmonitor.targets;

import vn.planmonitor.common.Decimals;

import java.math.BigDecimal;

/**
 * An allocation as a client sends and reads it: the unit's code, the year ({@code null}: every year),
 * the threshold and, for a BETWEEN target only, the band's high end.
 */
public record AllocationView(String orgUnitCode, Integer year, BigDecimal threshold, BigDecimal thresholdHigh) {

    static AllocationView of(Allocation a) {
        return new AllocationView(a.unit.code, a.year, Decimals.strip(a.threshold), Decimals.strip(a.thresholdHigh));
    }
}
