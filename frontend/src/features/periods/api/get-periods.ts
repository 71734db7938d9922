import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { PeriodType } from '@/lib/api';

export async function getPeriods(type: PeriodType, from: number, to: number) {
  const list = await unwrap(api.GET('/api/v1/periods', { params: { query: { type, from, to } } }));
  return list.items;
}

export const periodsQueryOptions = (type: PeriodType, from: number, to: number) =>
  queryOptions({
    queryKey: ['periods', { type, from, to }],
    queryFn: () => getPeriods(type, from, to),
    staleTime: Infinity,
  });

/** The periods of a plan's years (yearly unless said otherwise). */
export function usePlanPeriods(plan: { firstYear: number; lastYear: number } | undefined, type: PeriodType = 'YEARLY') {
  return useQuery({ ...periodsQueryOptions(type, plan?.firstYear ?? 0, plan?.lastYear ?? 0), enabled: !!plan });
}
