package vn.planmonitor.targets;

import vn.planmonitor.common.Decimals;

import java.math.BigDecimal;

/** A milestone as a client sends and reads it; {@code thresholdHigh} only for a BETWEEN target. */
public record MilestoneView(Integer year, BigDecimal threshold, BigDecimal thresholdHigh) {

    static MilestoneView of(Milestone m) {
        return new MilestoneView(m.year, Decimals.strip(m.threshold), Decimals.strip(m.thresholdHigh));
    }
}
