import { Link } from 'react-router';
import { Badge, DemoBadge, StatusBadge } from '@/components/ui/badge';
import type { OrgUnit, Period, Submission, SubmissionStatus } from '@/lib/api';
import { StackTable } from '@/components/ui/stack-table';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';
import { describeSubmission } from '../utils/submission-names';

export interface ReviewQueueTableProps {
  status: SubmissionStatus;
  submissions: readonly Submission[];
  units: ReadonlyMap<string, OrgUnit>;
  periods: ReadonlyMap<string, Period>;
  /** The queue's address (filters), so the review view can lead back to it. */
  backTo: string;
}

/** On time / late as words and an icon; colour only repeats them. */
export function OnTimeBadge({ onTime }: { onTime: boolean | null }) {
  const { t } = useI18n();
  if (onTime === null) return <span className="muted">—</span>;
  return onTime ? (
    <Badge tone="approved">
      <span aria-hidden="true">✓</span>
      {t('review.onTimeBadge')}
    </Badge>
  ) : (
    <Badge tone="late">
      <span aria-hidden="true">◷</span>
      {t('review.lateBadge')}
    </Badge>
  );
}

/** Reports waiting for (or past) review: a table on a laptop, stacked cards on a phone. */
export function ReviewQueueTable({ status, submissions, units, periods, backTo }: ReviewQueueTableProps) {
  const i18n = useI18n();
  const unitTypes = useUnitTypes();
  const { t, dateTime, number } = i18n;
  const decided = status !== 'SUBMITTED';
  return (
    <StackTable
      actionsLabel="hidden"
      columns={[
        { label: t('reports.unit') },
        { label: t('review.unitType') },
        { label: t('reports.period') },
        { label: t('review.submittedCol') },
        { label: t('review.deadlineCol') },
        { label: t('review.warningsCol') },
        decided && { label: t('review.decisionCol') },
      ]}
    >
      {submissions.map((submission) => {
        const { unit, unitName, periodName } = describeSubmission(submission, units, periods, i18n);
        const href = `/review/${submission.id}`;
        const warnings = submission.warnings?.length ?? 0;
        return (
          <tr key={submission.id}>
            <td data-label={t('reports.unit')}>
              <span>
                <Link to={href} state={{ backTo }}>
                  {unitName}
                </Link>{' '}
                <span className="combo__code">{submission.orgUnitCode}</span>
                {submission.demo && (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                )}
              </span>
            </td>
            <td data-label={t('review.unitType')}>{unit ? unitTypes.name(unit.type) : '—'}</td>
            <td data-label={t('reports.period')} className="nowrap">
              {periodName}
            </td>
            <td data-label={t('review.submittedCol')}>
              {submission.submittedAt ? (
                <span>
                  <span className="nowrap">{dateTime(submission.submittedAt)}</span>
                  {submission.submittedBy && <span className="muted small"> · {submission.submittedBy}</span>}
                </span>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td data-label={t('review.deadlineCol')}>
              <OnTimeBadge onTime={submission.onTime} />
            </td>
            <td data-label={t('review.warningsCol')}>
              {warnings > 0 ? (
                <Badge tone="draft">
                  <span aria-hidden="true">⚠</span>
                  {t('review.warningsCount', { count: number(warnings) })}
                </Badge>
              ) : (
                <span className="muted">{t('review.noWarnings')}</span>
              )}
            </td>
            {decided && (
              <td data-label={t('review.decisionCol')}>
                <span className="review-decision">
                  <StatusBadge status={submission.status} />
                  {submission.decidedBy && submission.decidedAt && (
                    <span className="muted small">
                      {' '}
                      {submission.decidedBy} · {dateTime(submission.decidedAt)}
                    </span>
                  )}
                  {submission.reviewComment && <span className="review-decision__comment">“{submission.reviewComment}”</span>}
                </span>
              </td>
            )}
            <td className="actions">
              <Link
                className={status === 'SUBMITTED' ? 'btn btn--small btn--primary' : 'btn btn--small'}
                to={href}
                state={{ backTo }}
                aria-label={t('review.openLabel', { unit: unitName, period: periodName })}
              >
                {status === 'SUBMITTED' ? t('review.open') : t('reports.open')}
              </Link>
            </td>
          </tr>
        );
      })}
    </StackTable>
  );
}
