import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export interface ReportKey {
  plan: string;
  orgUnit: string;
  period: string;
}

/** The one report of a unit for a period of a plan, or null when none has been started. */
export async function getReport({ plan, orgUnit, period }: ReportKey) {
  const page = await unwrap(api.GET('/api/v1/submissions', { params: { query: { plan, orgUnit, period, size: 1 } } }));
  return page.items[0] ?? null;
}

export const reportQueryKey = (key: ReportKey) => ['submissions', 'report', key] as const;

export const reportQueryOptions = (key: ReportKey) =>
  queryOptions({ queryKey: reportQueryKey(key), queryFn: () => getReport(key) });

export function useReport(key: ReportKey | null) {
  return useQuery({
    ...reportQueryOptions(key ?? { plan: '', orgUnit: '', period: '' }),
    enabled: !!key,
  });
}
