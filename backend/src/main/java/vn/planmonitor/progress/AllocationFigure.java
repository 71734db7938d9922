package vn.planmonitor.progress;

import java.math.BigDecimal;

/**
 * A year of a target with allocations (K11): how many expected units have an allocation in force, how many
 * of them meet it, the share (none before any report counts), and what the allocations add up to.
 */
public record AllocationFigure(int allocatedUnits, int meetingUnits, BigDecimal share, BigDecimal sum,
                               BigDecimal sumHigh) {
}
