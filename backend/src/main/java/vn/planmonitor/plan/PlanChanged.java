package vn.planmonitor.plan;

/**
 * Fired (synchronously, in the transaction) after a plan's own fields were edited: its years and its
 * report deadline decide which periods are shown and judged.
 */
public record PlanChanged(long planId) {
}
