import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';


/** Every published plan (GET /public/plans), anonymous. */
export function getPublicPlans() {
  return unwrap(api.GET('/api/v1/public/plans'));
}

/** Also started by the router while the page's code downloads (app/router.tsx), not after it. */
export const publicPlansQuery = { queryKey: ['public', 'plans'], queryFn: getPublicPlans };

export function usePublicPlans() {
  return useQuery(publicPlansQuery);
}
