package vn.planmonitor.progress;

import java.math.BigDecimal;

/**
 * A unit's own figure in one period: its value (a percentage for a ratio, 1/0 for yes/no, else the
 * number; {@code null} when it did not report or its ratio has a zero denominator) and whether it
 * reaches the per-unit threshold ({@code null} when the rule has none, i.e. SUM).
 */
public record UnitResult(BigDecimal value, Boolean meets) {
}
