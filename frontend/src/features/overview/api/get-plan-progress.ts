import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PlanProgress } from '@/lib/api';
import { ApiError } from '@/lib/problem';


/**
 * The district figure and status of every target (GET /plans/{id}/progress). A server that does
 * not compute progress yet answers 404 `no-such-path`: then null, and the cards say so plainly.
 */
export async function getPlanProgress(planId: number): Promise<PlanProgress | null> {
  try {
    return await unwrap(api.GET('/api/v1/plans/{id}/progress', { params: { path: { id: planId } } }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'no-such-path') return null;
    throw error;
  }
}

export function usePlanProgress(planId: number | undefined) {
  return useQuery({
    queryKey: ['progress', { plan: planId }],
    queryFn: () => getPlanProgress(planId!),
    enabled: planId !== undefined,
    retry: false,
  });
}
