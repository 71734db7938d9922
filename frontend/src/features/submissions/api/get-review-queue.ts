import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE, type SubmissionStatus } from '@/lib/api';
import { submissionKeys, type ReviewQueueFilters } from './submission-keys';

/**
 * The submissions in one review status, read whole (a plan has at most a few hundred submissions a
 * status): the API cannot filter by unit type, so that filter is applied in the browser.
 * Waiting ones come oldest first (first in, first reviewed); decided ones newest first.
 */
export function getReviewQueue({ plan, status, period }: ReviewQueueFilters) {
  const sort = status === 'SUBMITTED' ? 'updatedAt' : '-updatedAt';
  return unwrap(api.GET('/api/v1/submissions', { params: { query: { plan, status, period, size: MAX_PAGE_SIZE, sort } } }));
}

export const reviewQueueQueryOptions = (filters: ReviewQueueFilters) =>
  queryOptions({ queryKey: submissionKeys.reviewQueue(filters), queryFn: () => getReviewQueue(filters) });

export function useReviewQueue(filters: ReviewQueueFilters | null) {
  return useQuery({
    ...reviewQueueQueryOptions(filters ?? { plan: '', status: 'SUBMITTED' }),
    enabled: !!filters?.plan,
    placeholderData: keepPreviousData,
  });
}

/** How many submissions wait in each status (for the tabs), one small request each. */
export function useReviewCount(plan: string | undefined, status: SubmissionStatus, period?: string) {
  return useQuery({
    queryKey: submissionKeys.reviewCount({ plan, status, period }),
    queryFn: async () => (await unwrap(api.GET('/api/v1/submissions', { params: { query: { plan, status, period, size: 1 } } }))).total,
    enabled: !!plan,
  });
}
