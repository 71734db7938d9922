package vn.planmonitor.targets;

import java.math.BigDecimal;

/**
 * What a change or growth target (K8, K9) starts from: a year and, when entered, its value; a {@code null}
 * value means the district figure of that year, computed from the approved reports like any other.
 */
public record Baseline(Integer year, BigDecimal value) {
}
