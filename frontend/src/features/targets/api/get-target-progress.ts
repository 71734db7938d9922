import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export type TargetProgressReport = components['schemas']['TargetProgressReport'];

/**
 * One target's figure in every year of the plan with each unit's own figure
 * (GET /targets/{id}/progress): the trend, the projection and the comparison of units.
 * `provisional` also counts reports still waiting for review.
 */
export function getTargetProgress(targetId: number, provisional: boolean) {
  return unwrap(
    api.GET('/api/v1/targets/{id}/progress', {
      params: { path: { id: targetId }, query: { units: true, ...(provisional ? { include: 'submitted' as const } : {}) } },
    }),
  );
}

export function useTargetProgress(targetId: number | undefined, provisional = false) {
  return useQuery({
    queryKey: ['target-progress', { target: targetId, provisional }],
    queryFn: () => getTargetProgress(targetId!, provisional),
    enabled: targetId !== undefined,
    placeholderData: keepPreviousData,
  });
}
