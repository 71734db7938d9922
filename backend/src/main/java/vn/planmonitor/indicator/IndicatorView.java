package vn.planmonitor.indicator;

import vn.planmonitor.common.Responses;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.period.PeriodRollUp;
import vn.planmonitor.period.PeriodType;

import java.time.Instant;
import java.util.List;

public record IndicatorView(long id, String code, String planCode, String nameVi, String nameEn, String unitVi,
                            String unitEn, PeriodType periodType, ValueKind valueKind, boolean itemsRequired,
                            String itemFlagVi, String itemFlagEn, String numeratorCode, String numeratorVi,
                            String numeratorEn, String denominatorCode, String denominatorVi,
                            String denominatorEn, List<String> reportingUnitTypes,
                            List<String> reportingUnitCodes, boolean active, FormulaView formula, PeriodRollUp periodRollUp,
                            Instant createdAt, Instant updatedAt,
                            long version) implements Responses.Versioned {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.id, i.code, i.plan.code, i.nameVi, i.nameEn, i.unitVi, i.unitEn, i.periodType,
                i.valueKind, i.itemsRequired, i.itemFlagVi, i.itemFlagEn, i.numeratorCode, i.numeratorVi,
                i.numeratorEn, i.denominatorCode, i.denominatorVi, i.denominatorEn,
                UnitType.inOrder(i.reportingUnitTypes),
                i.reportingUnits.stream().map(u -> u.code).sorted().toList(), i.active, FormulaView.of(i), i.periodRollUp, i.createdAt, i.updatedAt,
                i.version);
    }
}
