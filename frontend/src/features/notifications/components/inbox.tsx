import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { useMarkAllRead, useMarkRead, useNotifications, type Notification } from '../api/notifications';
import { commentLabel, noticeLink, noticeText } from '../utils/notification-text';

const PAGE_SIZE = 20;

function Notice({ notice, reviewer }: { notice: Notification; reviewer: boolean }) {
  const { t, pick, date, dateTime } = useI18n();
  const markRead = useMarkRead();
  const text = noticeText(notice, pick, date);
  const open = () => {
    if (!notice.read) markRead.mutate(notice.id);
  };
  return (
    <li className={notice.read ? 'notice' : 'notice notice--unread'}>
      <div className="notice__text">
        {!notice.read && <span className="visually-hidden">{t('notifications.unread')}: </span>}
        <Link to={noticeLink(notice, reviewer)} onClick={open}>
          {t(text.key, text.params)}
        </Link>
        {notice.comment && (
          <p className="notice__comment">
            {t(commentLabel(notice))}: {notice.comment}
          </p>
        )}
        <span className="muted notice__time">{dateTime(notice.createdAt)}</span>
      </div>
      {!notice.read && (
        <Button size="small" busy={markRead.isPending} onClick={() => markRead.mutate(notice.id)}>
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}

/** The inbox, newest first: every notice or only the unread ones, a page at a time. */
export function Inbox({
  page,
  unreadOnly,
  onPage,
  reviewer = false,
}: {
  page: number;
  unreadOnly: boolean;
  onPage: (page: number) => void;
  /** The reader reviews reports: a message on a report leads them to its review page. */
  reviewer?: boolean;
}) {
  const { t } = useI18n();
  const list = useNotifications(page, PAGE_SIZE, unreadOnly);
  const markAll = useMarkAllRead();
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <LoadingState />;
  const { items, total } = list.data;
  return (
    <section className="card" aria-label={t('notifications.title')}>
      <div className="toolbar">
        <Button busy={markAll.isPending} disabled={items.every((n) => n.read)} onClick={() => markAll.mutate(undefined)}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {items.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.noneUnread') : t('notifications.none')} />
      ) : (
        <ul className="notices">
          {items.map((n) => (
            <Notice key={n.id} notice={n} reviewer={reviewer} />
          ))}
        </ul>
      )}
      <Pager page={page} size={PAGE_SIZE} total={total} onPage={onPage} />
    </section>
  );
}
