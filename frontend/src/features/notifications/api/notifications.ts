import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { components } from '@/lib/api-types';

export type Notification = components['schemas']['Notification'];
export type NotificationKind = components['schemas']['NotificationKind'];

/** How often the header's unread count is read again while the app is open. */
const UNREAD_POLL_MS = 60_000;

/** One page of the caller's inbox, newest first; `unread` keeps only what is not read yet. */
export function getNotifications(page: number, size: number, unread: boolean) {
  return unwrap(api.GET('/api/v1/notifications', { params: { query: { page, size, unread: unread || undefined } } }));
}

export function useNotifications(page: number, size: number, unread: boolean) {
  return useQuery({
    queryKey: ['notifications', 'list', { page, size, unread }],
    queryFn: () => getNotifications(page, size, unread),
    placeholderData: keepPreviousData,
  });
}

/** The number on the bell; read only for a signed-in person (an API token has no inbox). */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
  });
}

export function markRead(id: number) {
  return unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function markAllRead() {
  return unwrap(api.POST('/api/v1/notifications/read-all'));
}

/** Both change the list and the count, which live under one key. */
export function useMarkRead() {
  return useInvalidatingMutation(markRead, ['notifications'], 'settled');
}

export function useMarkAllRead() {
  return useInvalidatingMutation(markAllRead, ['notifications'], 'settled');
}
