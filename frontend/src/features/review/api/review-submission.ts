import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewReport } from '@/features/submissions/api/review-report';
import { submissionQueryKey } from './get-submission';

/**
 * Approve, return or reopen a report at the version on screen (If-Match). Afterwards every
 * figure that depends on approved reports is read again: the queues, the report's history,
 * the targets' progress and who-has-reported.
 */
export function useReviewSubmission(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewReport,
    onSuccess: async (updated) => {
      queryClient.setQueryData(submissionQueryKey(id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['submissions'], predicate: (q) => q.queryKey[1] !== 'one' }),
        queryClient.invalidateQueries({ queryKey: ['progress'] }),
        queryClient.invalidateQueries({ queryKey: ['target-progress'] }),
        queryClient.invalidateQueries({ queryKey: ['completeness'] }),
        queryClient.invalidateQueries({ queryKey: ['completeness-matrix'] }),
      ]);
    },
  });
}
