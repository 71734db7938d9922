import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { submissionKeys, type SubmissionKey } from './submission-keys';

/** The one submission of a unit for a period of a plan, or null when none has been started. */
export async function getSubmissionFor({ plan, orgUnit, period }: SubmissionKey) {
  const page = await unwrap(api.GET('/api/v1/submissions', { params: { query: { plan, orgUnit, period, size: 1 } } }));
  return page.items[0] ?? null;
}

export const submissionForQueryOptions = (key: SubmissionKey) =>
  queryOptions({ queryKey: submissionKeys.forUnit(key), queryFn: () => getSubmissionFor(key) });

export function useSubmissionFor(key: SubmissionKey | null) {
  return useQuery({
    ...submissionForQueryOptions(key ?? { plan: '', orgUnit: '', period: '' }),
    enabled: !!key,
  });
}
