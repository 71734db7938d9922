import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { useUnreadCount } from '../api/notifications';
import { bellLabel, unreadBadge } from '../utils/notification-text';

/** The header's bell: a link to the inbox, with how many notices are unread (also in its accessible name). */
export function NotificationBell({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const unread = useUnreadCount(enabled);
  const count = unread.data?.unread ?? 0;
  const label = bellLabel(count);
  const badge = unreadBadge(count);
  return (
    <Link className="btn btn--header bell" to="/notifications" aria-label={t(label.key, label.params)} title={t(label.key, label.params)}>
      <span aria-hidden="true">🔔</span>
      {badge && (
        <span className="bell__count" aria-hidden="true">
          {badge}
        </span>
      )}
    </Link>
  );
}
