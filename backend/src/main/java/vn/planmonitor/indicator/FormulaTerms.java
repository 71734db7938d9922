package vn.planmonitor.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A derived indicator written out over the reported indicators it is computed from (its leaves), each
 * with a coefficient, so its figure is a linear combination of the leaves' sums — or, for a RATIO, one
 * combination divided by another. An operand may itself be derived, but only by a SUM, DIFFERENCE or
 * SCALE (never a RATIO: its percentage cannot be added up), so the write-out is always linear.
 *
 * @param ratio       the figure is {@code numerator ÷ denominator × 100}; otherwise it is {@code numerator}
 * @param numerator   leaf indicator id → coefficient
 * @param denominator RATIO only: leaf indicator id → coefficient; empty otherwise
 * @param operands    the leaves of each top-level operand (A, and B when there is one): the figure has no
 *                    data unless every operand has at least one counted value
 * @param leaves      every leaf, by id, in a stable order
 */
public record FormulaTerms(boolean ratio, Map<Long, BigDecimal> numerator, Map<Long, BigDecimal> denominator,
                           List<Set<Long>> operands, Map<Long, Indicator> leaves) {

    /** @return {@code null} for a reported indicator */
    public static FormulaTerms of(Indicator derived) {
        if (!derived.isDerived()) {
            return null;
        }
        Map<Long, Indicator> leaves = new LinkedHashMap<>();
        Map<Long, BigDecimal> a = linear(derived.formulaA, BigDecimal.ONE, leaves);
        List<Set<Long>> operands = new ArrayList<>();
        operands.add(Set.copyOf(a.keySet()));
        Map<Long, BigDecimal> b = Map.of();
        if (derived.formulaOperator.hasSecondOperand()) {
            b = linear(derived.formulaB, BigDecimal.ONE, leaves);
            operands.add(Set.copyOf(b.keySet()));
        }
        return switch (derived.formulaOperator) {
            case RATIO -> new FormulaTerms(true, a, b, operands, leaves);
            case SUM -> new FormulaTerms(false, add(a, b, BigDecimal.ONE), Map.of(), operands, leaves);
            case DIFFERENCE -> new FormulaTerms(false, add(a, b, BigDecimal.ONE.negate()), Map.of(), operands, leaves);
            case SCALE -> new FormulaTerms(false, add(Map.of(), a, derived.formulaFactor), Map.of(), operands, leaves);
        };
    }

    /** An operand as a linear combination of leaves. RATIO operands are refused on entry (IndicatorService). */
    private static Map<Long, BigDecimal> linear(Indicator operand, BigDecimal coefficient, Map<Long, Indicator> leaves) {
        if (!operand.isDerived()) {
            leaves.putIfAbsent(operand.id, operand);
            return Map.of(operand.id, coefficient);
        }
        Map<Long, BigDecimal> a = linear(operand.formulaA, coefficient, leaves);
        return switch (operand.formulaOperator) {
            case SUM -> add(a, linear(operand.formulaB, coefficient, leaves), BigDecimal.ONE);
            case DIFFERENCE -> add(a, linear(operand.formulaB, coefficient, leaves), BigDecimal.ONE.negate());
            case SCALE -> add(Map.of(), a, operand.formulaFactor);
            case RATIO -> throw new IllegalStateException("a ratio cannot be an operand: " + operand.code);
        };
    }

    /** {@code a + factor × b}, term by term. */
    private static Map<Long, BigDecimal> add(Map<Long, BigDecimal> a, Map<Long, BigDecimal> b, BigDecimal factor) {
        Map<Long, BigDecimal> sum = new LinkedHashMap<>(a);
        b.forEach((id, c) -> sum.merge(id, c.multiply(factor), BigDecimal::add));
        return sum;
    }

    /** Whether the indicator with this id is used, however deeply, by this operand's formula (or is it). */
    static boolean uses(Indicator operand, long id) {
        if (operand.id != null && operand.id == id) {
            return true;
        }
        return operand.isDerived() && (uses(operand.formulaA, id)
                || (operand.formulaB != null && uses(operand.formulaB, id)));
    }
}
