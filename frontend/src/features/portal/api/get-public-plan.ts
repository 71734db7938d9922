import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';


/** A published plan with every target's approved progress (GET /public/plans/{code}), anonymous. */
export function getPublicPlan(code: string) {
  return unwrap(api.GET('/api/v1/public/plans/{code}', { params: { path: { code } } }));
}

/** Also started by the router while the page's code downloads (app/router.tsx), not after it. */
export const publicPlanQuery = (code: string) => ({ queryKey: ['public', 'plan', code], queryFn: () => getPublicPlan(code) });

export function usePublicPlan(code: string) {
  return useQuery(publicPlanQuery(code));
}

/** Several plans' pages at once: the portal's home page sums up each plan's targets. */
export function usePublicPlanPages(codes: readonly string[]) {
  return useQueries({ queries: codes.map(publicPlanQuery) });
}
