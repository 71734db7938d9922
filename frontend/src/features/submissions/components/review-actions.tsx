import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/components/ui/states';
import { ReviewDialog } from './review-dialog';
import type { Submission } from '@/lib/api';
import { ApiError } from '@/lib/problem';
import { useI18n } from '@/i18n/i18n';
import { useReviewSubmission } from '../api/review-submission';

type Decision = 'approve' | 'return' | 'reopen';

export interface ReviewActionsProps {
  submission: Submission;
  unitName: string;
  periodName: string;
  /** Reads the report (and its history) again, after someone else changed it. */
  reload: () => Promise<unknown>;
}

/** A conflict: the report moved on since it was read (412), or its status no longer allows the step (409). */
function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 412 || error.status === 409);
}

/**
 * Approve, return with a reason, or reopen with a reason — always at the version on screen. When
 * someone else acted first the API answers 412; the reviewer is told so and offered the fresh copy
 * instead of overwriting a decision they have not seen.
 */
export function ReviewActions({ submission, unitName, periodName, reload }: ReviewActionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const review = useReviewSubmission();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [reloading, setReloading] = useState(false);
  const barRef = useRef<HTMLDivElement>(null);

  // The conflict is said where the reviewer just clicked, and brought into view.
  useEffect(() => {
    if (conflict) barRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [conflict]);

  async function decide(action: Decision, comment: string | null) {
    setNotice(null);
    setConflict(null);
    try {
      await review.mutateAsync({ submission, action, comment });
      setDeciding(null);
      setNotice(t(({ approve: 'review.approved', return: 'review.returned', reopen: 'review.reopened' } as const)[action]));
    } catch (error) {
      if (isConflict(error)) {
        setDeciding(null);
        setConflict(error);
      }
      // Anything else (a missing reason refused by the API, a network failure) stays in the dialog.
    }
  }

  async function reloadReport() {
    setReloading(true);
    try {
      await reload();
      setConflict(null);
      review.reset();
    } finally {
      setReloading(false);
    }
  }

  const open = (action: Decision) => {
    setNotice(null);
    review.reset();
    setDeciding(action);
  };

  return (
    <>
      <div className="review-actions" ref={barRef}>
        {conflict && (
          <Alert
            className="review-actions__conflict"
            tone="warning"
            title={conflict.status === 412 ? t('review.conflictTitle') : describeError(conflict, i18n).title}
            actions={
              <Button variant="primary" busy={reloading} onClick={() => void reloadReport()}>
                {t('review.conflictReload')}
              </Button>
            }
          >
            <p>{conflict.status === 412 ? t('review.conflictBody') : describeError(conflict, i18n).detail}</p>
          </Alert>
        )}
        <div role="status" aria-live="polite" className="small">
          {notice && (
            <span style={{ color: 'var(--c-success)', fontWeight: 600 }}>
              <span aria-hidden="true">✓ </span>
              {notice}
            </span>
          )}
          {!notice && submission.status === 'RETURNED' && <span className="muted">{t('review.waitingForUnit')}</span>}
          {!notice && submission.status === 'DRAFT' && <span className="muted">{t('review.notSubmittedYet')}</span>}
        </div>
        <div className="btn-row">
          {submission.status === 'SUBMITTED' && (
            <>
              <Button onClick={() => open('return')}>
                <span aria-hidden="true">↩</span> {t('review.return')}
              </Button>
              <Button variant="primary" onClick={() => open('approve')}>
                <span aria-hidden="true">✓</span> {t('review.approve')}
              </Button>
            </>
          )}
          {submission.status === 'APPROVED' && (
            <Button onClick={() => open('reopen')}>
              <span aria-hidden="true">⟲</span> {t('review.reopen')}
            </Button>
          )}
        </div>
      </div>
      {deciding && (
        <ReviewDialog
          title={t(`review.${deciding}Title`)}
          body={
            deciding === 'approve'
              ? t('review.approveBodyFor', { unit: unitName, period: periodName })
              : deciding === 'return'
                ? t('review.returnBody', { unit: unitName, period: periodName })
                : t('review.reopenBody', { unit: unitName, period: periodName })
          }
          confirmLabel={t(`review.${deciding}`)}
          reasonLabel={deciding === 'approve' ? t('review.approveComment') : t('review.reason')}
          reasonRequired={deciding !== 'approve'}
          reasonHint={deciding === 'approve' ? undefined : t('review.reasonHint')}
          missingMessage={deciding === 'return' ? t('review.reasonMissingReturn') : t('review.reasonMissingReopen')}
          busy={review.isPending}
          error={review.error && !isConflict(review.error) ? review.error : null}
          onClose={() => {
            setDeciding(null);
            review.reset();
          }}
          onConfirm={(comment) => void decide(deciding, comment)}
        />
      )}
    </>
  );
}
