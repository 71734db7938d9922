import type { MessageKey, Params } from '@/i18n/i18n';
import type { Notification, NotificationKind } from '../api/notifications';

/** What the notice's comment is: the reviewer's reason for a return, the message itself for a discussion. */
export function commentLabel(n: Notification): MessageKey {
  return n.kind === 'COMMENT' ? 'notifications.message' : 'notifications.comment';
}

/** The badge on the bell stays narrow: beyond 99 it says "99+". */
export function unreadBadge(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/** The bell's accessible name says the count in words, also when there is nothing to read. */
export function bellLabel(count: number): { key: MessageKey; params?: Params } {
  return count > 0 ? { key: 'notifications.bellUnread', params: { count } } : { key: 'notifications.bellNone' };
}

const KIND_KEYS: Record<NotificationKind, MessageKey> = {
  RETURNED: 'notifications.kind.RETURNED',
  REVIEW_REQUESTED: 'notifications.kind.REVIEW_REQUESTED',
  APPROVED: 'notifications.kind.APPROVED',
  DEADLINE_SOON: 'notifications.kind.DEADLINE_SOON',
  OVERDUE: 'notifications.kind.OVERDUE',
  COMMENT: 'notifications.kind.COMMENT',
};

/** The inbox line of a notice: which sentence, and what fills it (unit in the reader's language, dates vi-VN or en-GB). */
export function noticeText(
  n: Notification,
  pick: (vi: string, en: string) => string,
  date: (value: string) => string,
): { key: MessageKey; params: Params } {
  return {
    key: KIND_KEYS[n.kind],
    params: {
      unit: pick(n.orgUnitNameVi, n.orgUnitNameEn),
      period: n.period,
      actor: n.actor ?? '',
      due: n.dueDate ? date(n.dueDate) : '',
    },
  };
}

/**
 * Where a notice leads: a reviewer to the report in review, a unit's officer to the report in data entry. A
 * message in a report's discussion reaches both sides, so for it the reader's role decides.
 */
export function noticeLink(n: Notification, reviewer = false): string {
  if ((n.kind === 'REVIEW_REQUESTED' || (n.kind === 'COMMENT' && reviewer)) && n.submissionId != null) {
    return `/review/${n.submissionId}?plan=${encodeURIComponent(n.planCode)}`;
  }
  const query = new URLSearchParams({ plan: n.planCode, ou: n.orgUnitCode, pe: n.period });
  return `/data-entry?${query.toString()}`;
}
