package vn.planmonitor.indicator;

import java.math.BigDecimal;

/** A derived indicator's formula as a client sets it: operands by indicator code. */
public record FormulaInput(FormulaOperator operator, String a, String b, BigDecimal factor) {
}
