import { Link } from 'react-router';
import { DemoBadge, StatusBadge } from '@/components/ui/badge';
import type { Indicator, OrgUnit, Period, Submission } from '@/lib/api';
import { StackTable } from '@/components/ui/stack-table';
import { useI18n } from '@/i18n/i18n';
import { describeSubmission } from '../utils/submission-names';
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
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  return (
    <StackTable
      actionsLabel="hidden"
      columns={[
        { label: t('reports.unit') },
        { label: t('reports.period') },
        { label: t('reports.status') },
        { label: t('reports.values'), className: 'num' },
        { label: t('common.updatedAt') },
      ]}
    >
      {submissions.map((submission) => {
        const { unit, period, unitName, periodName } = describeSubmission(submission, units, periods, i18n);
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
    </StackTable>
  );
}
