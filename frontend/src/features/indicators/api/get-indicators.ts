import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE } from '@/lib/api';

/** All indicators of a plan (a plan has a handful; the API caps a page at 500). */
export async function getPlanIndicators(planCode: string) {
  const page = await unwrap(
    api.GET('/api/v1/indicators', { params: { query: { plan: planCode, size: MAX_PAGE_SIZE, sort: 'code' } } }),
  );
  return page.items;
}

export const planIndicatorsQueryOptions = (planCode: string) =>
  queryOptions({ queryKey: ['indicators', { plan: planCode }], queryFn: () => getPlanIndicators(planCode) });

export function usePlanIndicators(planCode: string | undefined) {
  return useQuery({ ...planIndicatorsQueryOptions(planCode ?? ''), enabled: !!planCode });
}
