import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Submission } from '@/lib/api';
import { reportQueryKey, type ReportKey } from './get-report';

export type ReviewAction = 'submit' | 'approve' | 'return' | 'reopen';

/**
 * Moves a report through review: DRAFT/RETURNED → SUBMITTED → APPROVED, SUBMITTED → RETURNED
 * (reason required), APPROVED → RETURNED by reopening (reason required). Always at the version read.
 */
export function reviewReport({ report, action, comment }: { report: Submission; action: ReviewAction; comment?: string | null }) {
  const params = { path: { id: report.id }, header: { 'If-Match': ifMatch(report.version) } };
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

export function useReviewReport(key: ReportKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewReport,
    onSuccess: async (updated) => {
      queryClient.setQueryData(reportQueryKey(key), updated);
      // Approving (or reopening) changes the targets' figures and who-has-reported too.
      await Promise.all(
        [['submissions', 'list'], ['submissions', 'history'], ['progress'], ['target-progress'], ['completeness'], ['completeness-matrix']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
