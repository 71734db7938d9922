import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Submission } from '@/lib/api';
import { submissionKeys } from './submission-keys';

export type ReviewAction = 'submit' | 'approve' | 'return' | 'reopen';

/**
 * Moves a submission through review: DRAFT/RETURNED → SUBMITTED → APPROVED, SUBMITTED → RETURNED
 * (reason required), APPROVED → RETURNED by reopening (reason required). Always at the version read.
 */
export function reviewSubmission({ submission, action, comment }: { submission: Submission; action: ReviewAction; comment?: string | null }) {
  const params = { path: { id: submission.id }, header: { 'If-Match': ifMatch(submission.version) } };
  const body = { comment: comment?.trim() || null };
  switch (action) {
    case 'submit':
      return unwrap(api.POST('/api/v1/submissions/{id}/submit', { params, body }));
    case 'approve':
      return unwrap(api.POST('/api/v1/submissions/{id}/approve', { params, body }));
    case 'return':
      return unwrap(api.POST('/api/v1/submissions/{id}/return', { params, body }));
    case 'reopen':
      return unwrap(api.POST('/api/v1/submissions/{id}/reopen', { params, body }));
  }
}

/**
 * Submit, approve, return or reopen at the version on screen (If-Match), from data entry or from
 * review. The answer replaces the submission in both of its caches (by id and by unit and
 * period); everything that depends on which submissions count is read again: the lists and
 * queues, the histories, the targets' progress and who-has-reported.
 */
export function useReviewSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewSubmission,
    onSuccess: async (updated) => {
      queryClient.setQueryData(submissionKeys.one(updated.id), updated);
      queryClient.setQueryData(submissionKeys.forUnit({ plan: updated.planCode, orgUnit: updated.orgUnitCode, period: updated.period }), updated);
      await Promise.all(
        [submissionKeys.lists(), submissionKeys.histories(), ['progress'], ['target-progress'], ['completeness'], ['completeness-matrix']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
