import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { submissionKeys, type SubmissionFilters } from './submission-keys';

export function getSubmissions(filters: SubmissionFilters) {
  return unwrap(api.GET('/api/v1/submissions', { params: { query: filters } }));
}

export const submissionsQueryOptions = (filters: SubmissionFilters) =>
  queryOptions({ queryKey: submissionKeys.list(filters), queryFn: () => getSubmissions(filters) });

export function useSubmissions(filters: SubmissionFilters | null) {
  return useQuery({
    ...submissionsQueryOptions(filters ?? { plan: '' }),
    enabled: !!filters?.plan,
    placeholderData: keepPreviousData,
  });
}
