import type { I18n } from '@/i18n/i18n';
import type { OrgUnit, Period, Submission } from '@/lib/api';

/** A submission's unit and period, by their names in the UI language (their codes when unknown). */
export function describeSubmission(
  submission: Submission,
  units: ReadonlyMap<string, OrgUnit>,
  periods: ReadonlyMap<string, Period>,
  { pick }: Pick<I18n, 'pick'>,
) {
  const unit = units.get(submission.orgUnitCode);
  const period = periods.get(submission.period);
  return {
    unit,
    period,
    unitName: unit ? pick(unit.nameVi, unit.nameEn) : submission.orgUnitCode,
    periodName: period ? pick(period.nameVi, period.nameEn) : submission.period,
  };
}
