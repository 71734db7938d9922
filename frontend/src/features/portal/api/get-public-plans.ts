import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';


/** Every published plan (GET /public/plans), anonymous. */
export function getPublicPlans() {
  return unwrap(api.GET('/api/v1/public/plans'));
}

export function usePublicPlans() {
  return useQuery({ queryKey: ['public', 'plans'], queryFn: getPublicPlans });
}
