import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { useUnreadCount } from '../api/notifications';
import { bellLabel, unreadBadge } from '../utils/notification-text';

/**
 * The header's bell: a link to the inbox, with how many notices are unread (also in its accessible name).
 * Drawn as inline SVG rather than the 🔔 character, which needs an emoji font: without one (headless
 * Chromium, many Linux desktops) the glyph showed as an empty box.
 */
export function NotificationBell({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const unread = useUnreadCount(enabled);
  const count = unread.data?.unread ?? 0;
  const label = bellLabel(count);
  const badge = unreadBadge(count);
  return (
    <Link className="btn btn--header bell" to="/notifications" aria-label={t(label.key, label.params)} title={t(label.key, label.params)}>
      <BellIcon />
      {badge && (
        <span className="bell__count" aria-hidden="true">
          {badge}
        </span>
      )}
    </Link>
  );
}

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6l-1.7 2.9A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15.5a2.3 2.3 0 0 0 4.4 0Z"
        fill="currentColor"
      />
    </svg>
  );
}
