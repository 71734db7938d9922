import { ErrorState, LoadingState } from '@/components/ui/states';
import type { Indicator } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { useHistory } from '../api/get-history';
import { DiscussionForm } from './discussion-form';
import { HistoryTimeline } from './history-timeline';

/** Under a unit's report: its history, with the discussion with the reviewers, and a message to send. */
export function ReportDiscussion({ submissionId, indicators }: { submissionId: number; indicators: readonly Indicator[] }) {
  const { t } = useI18n();
  const history = useHistory(submissionId);
  return (
    <section className="card" aria-labelledby="report-discussion">
      <h2 id="report-discussion">{t('discussion.title')}</h2>
      {history.error ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <LoadingState rows={2} />
      ) : (
        <HistoryTimeline events={history.data} indicators={indicators} />
      )}
      <DiscussionForm submissionId={submissionId} indicators={indicators} />
    </section>
  );
}
