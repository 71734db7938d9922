package vn.planmonitor.indicator;

/**
 * How a derived indicator is computed from its operands A and B (K12). Each is applied to the operands'
 * sums over the counted reports, never to the units' own figures: RATIO is Σ A ÷ Σ B × 100 (a ratio of
 * sums, not a mean of ratios), SUM Σ A + Σ B, DIFFERENCE Σ A − Σ B, SCALE Σ A × factor.
 */
public enum FormulaOperator {
    RATIO, SUM, DIFFERENCE, SCALE;

    /** Whether the formula has a second operand B (SCALE has a factor instead). */
    public boolean hasSecondOperand() {
        return this != SCALE;
    }

    /** The kind of figure the formula gives: a percentage for a ratio, a number otherwise. */
    public ValueKind valueKind() {
        return this == RATIO ? ValueKind.RATIO : ValueKind.NUMBER;
    }
}
