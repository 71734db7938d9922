import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE } from '@/lib/api';

export function getPlans() {
  return unwrap(api.GET('/api/v1/plans', { params: { query: { size: MAX_PAGE_SIZE, sort: 'firstYear' } } }));
}

export const plansQueryOptions = () => queryOptions({ queryKey: ['plans'], queryFn: getPlans });

export function usePlans() {
  return useQuery(plansQueryOptions());
}
