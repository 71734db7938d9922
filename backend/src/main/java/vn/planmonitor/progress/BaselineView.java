package vn.planmonitor.progress;

import java.math.BigDecimal;

/**
 * A change or growth target's baseline as used (K8, K9): its year, its value — entered, or the district
 * figure of that year ({@code fromData}) — and {@code null} value when that year has no figure.
 */
public record BaselineView(int year, BigDecimal value, boolean fromData) {
}
