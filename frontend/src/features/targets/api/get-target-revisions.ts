import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** A target's revision history (GET /targets/{id}/revisions), newest first. */
export function getTargetRevisions(targetId: number) {
  return unwrap(api.GET('/api/v1/targets/{id}/revisions', { params: { path: { id: targetId } } }));
}

export function useTargetRevisions(targetId: number | undefined) {
  return useQuery({
    // Under 'targets': saving a target invalidates it with the list.
    queryKey: ['targets', 'revisions', { target: targetId }],
    queryFn: () => getTargetRevisions(targetId!),
    enabled: targetId !== undefined,
  });
}
