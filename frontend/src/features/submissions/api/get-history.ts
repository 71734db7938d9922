import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import { submissionKeys } from './submission-keys';

export type AuditEvent = components['schemas']['AuditEvent'];

/** A submission's audit trail, oldest first (GET /submissions/{id}/history). */
export async function getHistory(id: number): Promise<AuditEvent[]> {
  const history = await unwrap(api.GET('/api/v1/submissions/{id}/history', { params: { path: { id } } }));
  return history.items;
}

export const historyQueryOptions = (id: number) => queryOptions({ queryKey: submissionKeys.history(id), queryFn: () => getHistory(id) });

export function useHistory(id: number | null) {
  return useQuery({ ...historyQueryOptions(id ?? 0), enabled: id !== null && id > 0 });
}
