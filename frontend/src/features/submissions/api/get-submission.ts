import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { submissionKeys } from './submission-keys';

/** One submission by its id (GET /submissions/{id}), as a reviewer opens it from the queue. */
export function getSubmission(id: number) {
  return unwrap(api.GET('/api/v1/submissions/{id}', { params: { path: { id } } }));
}

export const submissionQueryOptions = (id: number) =>
  queryOptions({ queryKey: submissionKeys.one(id), queryFn: () => getSubmission(id) });

export function useSubmission(id: number | null) {
  return useQuery({ ...submissionQueryOptions(id ?? 0), enabled: id !== null && id > 0 });
}
