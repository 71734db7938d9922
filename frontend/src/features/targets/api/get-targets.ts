import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE } from '@/lib/api';

export async function getPlanTargets(planCode: string) {
  const page = await unwrap(
    api.GET('/api/v1/targets', { params: { query: { plan: planCode, size: MAX_PAGE_SIZE, sort: 'sortOrder' } } }),
  );
  return page.items;
}

export const planTargetsQueryOptions = (planCode: string) =>
  queryOptions({ queryKey: ['targets', { plan: planCode }], queryFn: () => getPlanTargets(planCode) });

export function usePlanTargets(planCode: string | undefined) {
  return useQuery({ ...planTargetsQueryOptions(planCode ?? ''), enabled: !!planCode });
}
