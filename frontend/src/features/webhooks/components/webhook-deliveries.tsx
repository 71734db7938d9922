import { Badge } from '@/components/ui/badge';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useI18n, wordsFor } from '@/i18n/i18n';
import { useWebhookDeliveries, type WebhookDelivery } from '../api/webhooks';

const RECENT = 20;

const TONE: Record<string, string> = { DELIVERED: 'approved', PENDING: 'submitted', FAILED: 'returned', DROPPED: 'inactive' };

function DeliveryState({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useI18n();
  return <Badge tone={TONE[delivery.state] ?? 'neutral'}>{wordsFor(t, `webhooks.state.${delivery.state}`, delivery.state)}</Badge>;
}

/** Every attempt at one delivery: when, the receiver's answer (or none), the error, how long it took. */
function AttemptLog({ delivery }: { delivery: WebhookDelivery }) {
  const { t, dateTime, number } = useI18n();
  if (delivery.log.length === 0) return <span className="muted small">{t('webhooks.noAttempt')}</span>;
  return (
    <ol className="small" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
      {delivery.log.map((a) => (
        <li key={a.attempt}>
          {dateTime(a.attemptedAt)} · {a.statusCode ?? t('webhooks.noAnswer')} · {t('webhooks.durationMs', { ms: number(a.durationMs) })}
          {a.error && <span className="muted"> · {a.error}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The endpoint's most recent deliveries with their log, newest first. */
export function WebhookDeliveries({ webhookId }: { webhookId: number }) {
  const { t, dateTime } = useI18n();
  const deliveries = useWebhookDeliveries(webhookId, RECENT);
  if (deliveries.error) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  if (!deliveries.data) return <LoadingState rows={2} />;
  if (deliveries.data.items.length === 0) return <EmptyState title={t('webhooks.noDeliveries')} />;
  return (
    <>
    <p className="muted small">{t('webhooks.recentDeliveries', { shown: deliveries.data.items.length, total: deliveries.data.total })}</p>
    <StackTable
      actionsLabel="none"
      columns={[{ label: t('webhooks.event') }, { label: t('common.status') }, { label: t('webhooks.attempts') }]}
    >
      {deliveries.data.items.map((d) => (
        <tr key={d.id}>
          <td data-label={t('webhooks.event')}>
            <span>
              <strong>{d.eventType}</strong>
              <br />
              <span className="muted small">
                {dateTime(d.createdAt)} · <code>{d.eventId}</code>
              </span>
            </span>
          </td>
          <td data-label={t('common.status')}>
            <span>
              <DeliveryState delivery={d} />
              {d.nextAttemptAt && <span className="muted small"> {t('webhooks.nextAttempt', { at: dateTime(d.nextAttemptAt) })}</span>}
            </span>
          </td>
          <td data-label={t('webhooks.attempts')}>
            <AttemptLog delivery={d} />
          </td>
        </tr>
      ))}
    </StackTable>
    </>
  );
}
