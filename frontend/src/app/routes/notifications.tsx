import { PageHead } from '@/components/ui/page-head';
import { usePermissions } from '@/features/auth/api/session';
import { Inbox } from '@/features/notifications/components/inbox';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useI18n } from '@/i18n/i18n';

/** The inbox: `?unread=1` for unread notices only, `?page=` for older ones (both kept in the address). */
export function NotificationsRoute() {
  const { t } = useI18n();
  const { review } = usePermissions();
  const [params, setParams] = useSearchParamsState(['unread', 'page'] as const);
  const unreadOnly = params.unread === '1';
  const page = Math.max(1, Number(params.page) || 1);
  return (
    <>
      <PageHead
        title={t('notifications.title')}
        actions={
          <label className="checkbox">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setParams({ unread: e.target.checked ? '1' : null, page: null })} />
            {t('notifications.unreadOnly')}
          </label>
        }
      />
      <Inbox page={page} unreadOnly={unreadOnly} reviewer={review} onPage={(p) => setParams({ page: String(p) })} />
    </>
  );
}
