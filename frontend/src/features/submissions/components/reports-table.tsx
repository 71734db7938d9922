import { Link } from 'react-router';
import { DemoBadge, StatusBadge } from '@/components/ui/badge';
import type { Indicator, OrgUnit, Period, Submission } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { applicableIndicators } from '@/utils/indicator-reporting';

export interface ReportsTableProps {
  planCode: string;
  reports: readonly Submission[];
  units: ReadonlyMap<string, OrgUnit>;
  periods: ReadonlyMap<string, Period>;
  indicators: readonly Indicator[];
}

/** Reports as a table on a laptop, as stacked cards on a phone; each opens in data entry. */
export function ReportsTable({ planCode, reports, units, periods, indicators }: ReportsTableProps) {
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
          {reports.map((report) => {
            const unit = units.get(report.orgUnitCode);
            const period = periods.get(report.period);
            const unitName = unit ? pick(unit.nameVi, unit.nameEn) : report.orgUnitCode;
            const periodName = period ? pick(period.nameVi, period.nameEn) : report.period;
            const expected = unit ? applicableIndicators(indicators, unit, period?.type ?? 'YEARLY').length : 0;
            const href = `/data-entry?plan=${encodeURIComponent(planCode)}&ou=${encodeURIComponent(report.orgUnitCode)}&pe=${encodeURIComponent(report.period)}`;
            return (
              <tr key={report.id}>
                <td data-label={t('reports.unit')}>
                  <span>
                    <Link to={href}>{unitName}</Link> <span className="combo__code">{report.orgUnitCode}</span>
                  </span>
                </td>
                <td data-label={t('reports.period')} className="nowrap">{periodName}</td>
                <td data-label={t('reports.status')}>
                  <span className="btn-row" style={{ gap: 4, justifyContent: 'inherit' }}>
                    <StatusBadge status={report.status} />
                    {report.demo && <DemoBadge />}
                  </span>
                </td>
                <td data-label={t('reports.values')} className="num nowrap">
                  {t('reports.valuesCount', { filled: report.values.length, total: expected || '—' })}
                </td>
                <td data-label={t('common.updatedAt')} className="nowrap">
                  {dateTime(report.updatedAt)}
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
