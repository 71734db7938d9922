package vn.planmonitor.indicator;

import io.quarkus.hibernate.orm.panache.Panache;
import vn.planmonitor.common.Violations;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a derived indicator's formula obeys (K12), in one place. An operand is another indicator of
 * the same plan, of the same period type, active, and adds up: NUMBER or COUNT, or itself derived by a
 * SUM, DIFFERENCE or SCALE. Refused, each with a field error on {@code formula.a} or {@code formula.b}:
 * <ul>
 * <li>a yes/no (BOOLEAN) operand: "yes = 1" summed over units is a count of units, not a quantity — a
 * share of units answering yes is a SHARE_OF_UNITS_MEETING target on the yes/no indicator itself;</li>
 * <li>a RATIO operand (reported, or derived by ÷): its percentage cannot be added to anything or divided
 * again without becoming a mean of ratios; a ratio of its parts is what a RATIO indicator already is;</li>
 * <li>the indicator itself, or an operand whose own formula uses it (a cycle);</li>
 * <li>an unknown code, another plan's indicator, an inactive one.</li>
 * </ul>
 */
final class Formulas {

    /** A factor beyond this is a typing mistake, and keeps Σ × factor inside the DECIMAL columns. */
    static final BigDecimal MAX_FACTOR = new BigDecimal("1000000");

    record Operands(Indicator a, Indicator b, BigDecimal factor) {
    }

    private Formulas() {
    }

    /**
     * @param self the indicator being edited ({@code null} while it is created); {@code selfCode} its code
     * @return the operands, {@code null} when there is a violation
     */
    static Operands check(Violations v, FormulaInput in, Indicator self, String selfCode, Plan plan,
                          PeriodType periodType) {
        if (in.operator() == null) {
            v.add("formula.operator", "required");
            return null;
        }
        Indicator a = operand(v, "formula.a", in.a(), self, selfCode, plan, periodType);
        Indicator b = null;
        if (in.operator().hasSecondOperand()) {
            b = operand(v, "formula.b", in.b(), self, selfCode, plan, periodType);
            if (a != null && a == b) {
                v.add("formula.b", "same-as-a");
            }
        } else if (in.b() != null) {
            v.add("formula.b", "only-for-two-operands");
        }
        BigDecimal factor = in.factor();
        if (in.operator() == FormulaOperator.SCALE) {
            v.required("formula.factor", factor);
            if (factor != null && (factor.signum() == 0 || factor.abs().compareTo(MAX_FACTOR) > 0)) {
                v.add("formula.factor", "factor-out-of-range", MAX_FACTOR.toPlainString());
            } else if (factor != null && factor.stripTrailingZeros().scale() > 6) {
                v.add("formula.factor", "too-precise", 6);
            }
        } else if (factor != null) {
            v.add("formula.factor", "only-for-scale");
        }
        return v.isEmpty() ? new Operands(a, in.operator().hasSecondOperand() ? b : null,
                in.operator() == FormulaOperator.SCALE ? factor : null) : null;
    }

    private static Indicator operand(Violations v, String field, String code, Indicator self, String selfCode,
                                     Plan plan, PeriodType periodType) {
        if (code == null || code.isBlank()) {
            v.add(field, "required");
            return null;
        }
        if (code.equals(selfCode)) {
            v.add(field, "formula-cycle", code);
            return null;
        }
        Indicator operand = Indicator.findByCode(code).orElse(null);
        if (operand == null) {
            v.add(field, "unknown-code", code);
        } else if (plan != null && !operand.plan.equals(plan)) {
            v.add(field, "indicator-other-plan", code);
        } else if (self != null && self.id != null && FormulaTerms.uses(operand, self.id)) {
            v.add(field, "formula-cycle", code);
        } else if (operand.valueKind == ValueKind.BOOLEAN) {
            v.add(field, "operand-boolean", code);
        } else if (operand.valueKind == ValueKind.RATIO) {
            v.add(field, "operand-percentage", code);
        } else if (operand.periodType != periodType) {
            v.add(field, "operand-period-type", code, operand.periodType, periodType);
        } else if (!operand.active) {
            v.add(field, "operand-inactive", code);
        } else {
            return operand;
        }
        return null;
    }

    /**
     * Writes out again which reported indicators each derived indicator of the plan is computed from
     * ({@code indicator_formula_leaf}, what the progress summaries join on): one formula's change moves
     * the leaves of every formula built on it.
     *
     * @return the plan's derived indicators
     */
    static List<Indicator> writeLeaves(Plan plan) {
        var em = Panache.getEntityManager();
        em.flush();
        em.createNativeQuery("DELETE FROM indicator_formula_leaf WHERE indicator_id IN "
                + "(SELECT id FROM indicator WHERE plan_id = ?1)").setParameter(1, plan.id).executeUpdate();
        List<Indicator> derived = Indicator.list("plan = ?1 and formulaOperator is not null order by id", plan);
        for (Indicator d : derived) {
            for (long leaf : FormulaTerms.of(d).leaves().keySet()) {
                em.createNativeQuery("INSERT INTO indicator_formula_leaf (indicator_id, leaf_indicator_id) VALUES (?1, ?2)")
                        .setParameter(1, d.id).setParameter(2, leaf).executeUpdate();
            }
        }
        return derived;
    }
}
