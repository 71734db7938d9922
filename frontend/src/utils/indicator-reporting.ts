/**
 * Which indicators a unit reports: data entry, the reports list, the overview's "units expected"
 * and the indicators admin all count the same way.
 */
import type { Indicator, OrgUnit, PeriodType } from '@/lib/api';

/**
 * The indicators a unit reports in a period, in the plan's order: active ones whose reporting
 * unit types include the unit's type and, when the indicator names units, that name this one.
 */
export function applicableIndicators(indicators: readonly Indicator[], unit: OrgUnit, periodType: PeriodType = 'YEARLY'): Indicator[] {
  return indicators.filter(
    (indicator) =>
      indicator.active &&
      indicator.periodType === periodType &&
      indicator.reportingUnitTypes.includes(unit.type) &&
      (indicator.reportingUnitCodes.length === 0 || indicator.reportingUnitCodes.includes(unit.code)),
  );
}

/** Whether a unit is expected to report an indicator at all (any period). */
export function reportsIndicator(indicator: Indicator, unit: OrgUnit): boolean {
  return (
    indicator.active &&
    unit.active &&
    indicator.reportingUnitTypes.includes(unit.type) &&
    (indicator.reportingUnitCodes.length === 0 || indicator.reportingUnitCodes.includes(unit.code))
  );
}
