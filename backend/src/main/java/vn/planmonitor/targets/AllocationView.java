package vn.planmonitor.targets;

import vn.planmonitor.common.Decimals;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * An allocation as a client sends and reads it: the unit's code, the year ({@code null}: every year),
 * the threshold and, for a BETWEEN target only, the band's high end.
 */
public record AllocationView(String orgUnitCode, Integer year, BigDecimal threshold, BigDecimal thresholdHigh) {

    /** By unit, the every-year allocation before the years': how they are listed and compared. */
    static final Comparator<AllocationView> ORDER = Comparator.comparing(AllocationView::orgUnitCode)
            .thenComparing(AllocationView::year, Comparator.nullsFirst(Comparator.naturalOrder()));

    static AllocationView of(Allocation a) {
        return new AllocationView(a.unit.code, a.year, Decimals.strip(a.threshold), Decimals.strip(a.thresholdHigh));
    }
}
