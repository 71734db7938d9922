import { Link } from 'react-router';
import { DemoBadge, StatusBadge } from '@/components/ui/badge';
import type { Indicator, OrgUnit, Period, Submission } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { applicableIndicators } from '@/utils/indicator-reporting';

export interface SubmissionsTableProps {
  planCode: string;
  submissions: readonly Submission[];
  units: ReadonlyMap<string, OrgUnit>;
  periods: ReadonlyMap<string, Period>;
  indicators: readonly Indicator[];
}

/** Reports as a table on a laptop, as stacked cards on a phone; each opens in data entry. */
export function SubmissionsTable({ planCode, submissions, units, periods, indicators }: SubmissionsTableProps) {
  const { t, pick, dateTime } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('reports.unit')}</th>
            <th scope="col">{t('reports.period')}</th>
            <th scope="col">{t('reports.status')}</th>
            <th scope="col" className="num">{t('reports.values')}</th>
            <th scope="col">{t('common.updatedAt')}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((submission) => {
            const unit = units.get(submission.orgUnitCode);
            const period = periods.get(submission.period);
            const unitName = unit ? pick(unit.nameVi, unit.nameEn) : submission.orgUnitCode;
            const periodName = period ? pick(period.nameVi, period.nameEn) : submission.period;
            const expected = unit ? applicableIndicators(indicators, unit, period?.type ?? 'YEARLY').length : 0;
            const href = `/data-entry?plan=${encodeURIComponent(planCode)}&ou=${encodeURIComponent(submission.orgUnitCode)}&pe=${encodeURIComponent(submission.period)}`;
            return (
              <tr key={submission.id}>
                <td data-label={t('reports.unit')}>
                  <span>
                    <Link to={href}>{unitName}</Link> <span className="combo__code">{submission.orgUnitCode}</span>
                  </span>
                </td>
                <td data-label={t('reports.period')} className="nowrap">{periodName}</td>
                <td data-label={t('reports.status')}>
                  <span className="btn-row" style={{ gap: 4, justifyContent: 'inherit' }}>
                    <StatusBadge status={submission.status} />
                    {submission.demo && <DemoBadge />}
                  </span>
                </td>
                <td data-label={t('reports.values')} className="num nowrap">
                  {t('reports.valuesCount', { filled: submission.values.length, total: expected || '—' })}
                </td>
                <td data-label={t('common.updatedAt')} className="nowrap">
                  {dateTime(submission.updatedAt)}
                </td>
                <td className="actions">
                  <Link className="btn btn--small" to={href} aria-label={t('reports.openLabel', { unit: unitName, period: periodName })}>
                    {t('reports.open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
