import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export type CompletenessColumn = components['schemas']['CompletenessColumn'];

/** The plan's completeness matrix over every unit type (GET /plans/{id}/completeness-matrix). */
export function getCompletenessMatrix(planId: number) {
  return unwrap(api.GET('/api/v1/plans/{id}/completeness-matrix', { params: { path: { id: planId } } }));
}

/**
 * Reports expected, received and approved per year of the plan, in one request: the matrix's column
 * totals, counted by the same rule as `/completeness` for each year.
 */
export function useReportTotals(planId: number | undefined) {
  return useQuery({
    // The completeness screen's key for "all types": both screens share one cached answer.
    queryKey: ['completeness-matrix', { plan: planId, type: null }],
    queryFn: () => getCompletenessMatrix(planId!),
    enabled: planId !== undefined,
    select: (matrix) => matrix.periods,
  });
}
