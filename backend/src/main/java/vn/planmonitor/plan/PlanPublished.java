package vn.planmonitor.plan;

/**
 * Fired (synchronously, in the transaction) when a plan goes on the public portal — not when it is
 * published again while already public, which changes nothing.
 */
public record PlanPublished(Plan plan) {
}
