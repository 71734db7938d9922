package vn.planmonitor.indicator;

import vn.planmonitor.common.Decimals;

import java.math.BigDecimal;

/** A derived indicator's formula as the API shows it. */
public record FormulaView(FormulaOperator operator, String a, String b, BigDecimal factor) {

    static FormulaView of(Indicator i) {
        if (!i.isDerived()) {
            return null;
        }
        return new FormulaView(i.formulaOperator, i.formulaA.code, i.formulaB == null ? null : i.formulaB.code,
                Decimals.strip(i.formulaFactor));
    }
}
