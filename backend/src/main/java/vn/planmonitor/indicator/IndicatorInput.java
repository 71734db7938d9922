package vn.planmonitor.indicator;

import vn.planmonitor.period.PeriodRollUp;
import vn.planmonitor.period.PeriodType;

import java.util.List;

public record IndicatorInput(String code, String planCode, String nameVi, String nameEn, String unitVi,
                             String unitEn, PeriodType periodType, ValueKind valueKind, Boolean itemsRequired,
                             String itemFlagVi, String itemFlagEn, String numeratorCode, String numeratorVi,
                             String numeratorEn, String denominatorCode, String denominatorVi,
                             String denominatorEn, List<String> reportingUnitTypes,
                             List<String> reportingUnitCodes, Boolean active,
                             FormulaInput formula, PeriodRollUp periodRollUp) {
}
