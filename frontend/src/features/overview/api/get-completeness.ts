import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export type Completeness = components['schemas']['Completeness'];

/** Who has reported for one period of a plan (expected, received, approved, on time). */
export function getCompleteness(plan: string, period: string) {
  return unwrap(api.GET('/api/v1/completeness', { params: { query: { plan, period } } }));
}

/** The completeness of each of the given periods, fetched side by side. */
export function useCompletenessByPeriod(plan: string | undefined, periods: readonly string[]) {
  return useQueries({
    queries: periods.map((period) => ({
      queryKey: ['completeness', { plan, period }],
      queryFn: () => getCompleteness(plan!, period),
      enabled: !!plan,
    })),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  });
}
