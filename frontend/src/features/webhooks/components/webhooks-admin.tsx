import { useState } from 'react';
import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { ActiveBadge } from '@/components/ui/badge';
import { Pager } from '@/components/ui/pager';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { deleteWebhook, useSaveWebhook, useWebhooks, webhookToInput, type Webhook } from '../api/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';

const PAGE_SIZE = 50;

/**
 * Webhook endpoints of other systems: registered with the events they want and a signing secret,
 * paused or removed; under each, on demand, its recent deliveries and every attempt at them.
 */
export function WebhooksAdmin() {
  const i18n = useI18n();
  const { t, number } = i18n;
  const [page, setPage] = useState(1);
  const hooks = useWebhooks(page, PAGE_SIZE);
  const save = useSaveWebhook();
  const screen = useAdminScreen<Webhook>();
  const [open, setOpen] = useState<number | null>(null);

  if (hooks.error) return <ErrorState error={hooks.error} onRetry={() => void hooks.refetch()} />;
  if (!hooks.data) return <LoadingState />;

  const toggle = (hook: Webhook) =>
    screen.runNow(async () => {
      await save.mutateAsync({ input: { ...webhookToInput(hook), active: !hook.active }, existing: hook });
      return t(hook.active ? 'webhooks.pausedNotice' : 'webhooks.resumedNotice', { url: hook.url });
    });

  return (
    <AdminSection id="webhooks" title={t('admin.webhooks')} count={hooks.data.total} screen={screen} intro={t('webhooks.intro')}>
      {hooks.data.items.length === 0 ? (
        <EmptyState title={t('webhooks.empty')} />
      ) : (
        <StackTable
          columns={[{ label: t('webhooks.url') }, { label: t('webhooks.events') }, { label: t('common.status') }, { label: t('webhooks.pending') }]}
          footer={<Pager page={hooks.data.page} size={hooks.data.size} total={hooks.data.total} onPage={setPage} />}
        >
          {hooks.data.items.map((hook) => (
            <HookRows key={hook.id} hook={hook} open={open === hook.id}>
              <td data-label={t('webhooks.url')}>
                <span>
                  <strong style={{ wordBreak: 'break-all' }}>{hook.url}</strong>
                  {hook.description && (
                    <>
                      <br />
                      <span className="muted small">{hook.description}</span>
                    </>
                  )}
                </span>
              </td>
              <td data-label={t('webhooks.events')}>
                <span className="small">{hook.events.join(', ')}</span>
              </td>
              <td data-label={t('common.status')}>
                <ActiveBadge active={hook.active} />
              </td>
              <td data-label={t('webhooks.pending')} className="num">
                {number(hook.pendingDeliveries)}
              </td>
              <RowActions>
                <RowButton
                  action={open === hook.id ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
                  name={hook.url}
                  onClick={() => setOpen(open === hook.id ? null : hook.id)}
                />
                <RowButton action={t('common.edit')} name={hook.url} onClick={() => screen.edit(hook)} />
                <RowButton action={hook.active ? t('webhooks.pause') : t('webhooks.resume')} name={hook.url} onClick={() => toggle(hook)} />
                <RowButton action={t('common.delete')} name={hook.url} variant="danger" onClick={() => screen.ask(confirmation('delete', i18n, hook.url, () => deleteWebhook(hook)))} />
              </RowActions>
            </HookRows>
          ))}
        </StackTable>
      )}
      {screen.editing && (
        <WebhookForm
          editing={screen.editing.item}
          onClose={(saved) => screen.closeEditor(saved ? t('common.saved') : null)}
        />
      )}
    </AdminSection>
  );
}

/** The endpoint's row and, when opened, a full-width row with its deliveries. */
function HookRows({ hook, open, children }: { hook: Webhook; open: boolean; children: React.ReactNode }) {
  return (
    <>
      <tr className={hook.active ? undefined : 'row--inactive'}>{children}</tr>
      {open && (
        <tr>
          <td colSpan={5}>
            <WebhookDeliveries webhookId={hook.id} />
          </td>
        </tr>
      )}
    </>
  );
}
