import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The shapes of a public target's units (GET /public/plans/{code}/targets/{targetCode}/boundaries). */
export function getPublicBoundaries(code: string, targetCode: string) {
  return unwrap(api.GET('/api/v1/public/plans/{code}/targets/{targetCode}/boundaries', { params: { path: { code, targetCode } } }));
}

export function usePublicBoundaries(code: string, targetCode: string) {
  return useQuery({ queryKey: ['public', 'boundaries', code, targetCode], queryFn: () => getPublicBoundaries(code, targetCode), staleTime: 10 * 60_000 });
}
