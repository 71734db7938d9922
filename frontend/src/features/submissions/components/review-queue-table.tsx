import { Link } from 'react-router';
import { Badge, DemoBadge, StatusBadge } from '@/components/ui/badge';
import type { OrgUnit, Period, Submission, SubmissionStatus } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';

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
  const { t, pick, dateTime, number } = useI18n();
  const decided = status !== 'SUBMITTED';
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('reports.unit')}</th>
            <th scope="col">{t('review.unitType')}</th>
            <th scope="col">{t('reports.period')}</th>
            <th scope="col">{t('review.submittedCol')}</th>
            <th scope="col">{t('review.deadlineCol')}</th>
            <th scope="col">{t('review.warningsCol')}</th>
            {decided && <th scope="col">{t('review.decisionCol')}</th>}
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
                <td data-label={t('review.unitType')}>{unit ? t(`unitType.${unit.type}`) : '—'}</td>
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
        </tbody>
      </table>
    </div>
  );
}
