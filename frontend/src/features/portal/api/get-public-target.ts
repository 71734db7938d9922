import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';


/** One target of a published plan with every unit's approved value (GET /public/plans/{code}/targets/{targetCode}). */
export function getPublicTarget(code: string, targetCode: string) {
  return unwrap(api.GET('/api/v1/public/plans/{code}/targets/{targetCode}', { params: { path: { code, targetCode } } }));
}

/** Also started by the router while the page's code downloads (app/router.tsx), not after it. */
export const publicTargetQuery = (code: string, targetCode: string) => ({
  queryKey: ['public', 'target', code, targetCode],
  queryFn: () => getPublicTarget(code, targetCode),
});

export function usePublicTarget(code: string, targetCode: string) {
  return useQuery(publicTargetQuery(code, targetCode));
}

/** The server's CSV of the target's approved figures (a plain link: the browser downloads it). */
export function publicCsvUrl(code: string, targetCode: string): string {
  return `/api/v1/public/plans/${encodeURIComponent(code)}/targets/${encodeURIComponent(targetCode)}/data.csv`;
}
