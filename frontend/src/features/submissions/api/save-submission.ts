import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Submission, SubmissionValueInput } from '@/lib/api';
import { submissionKeys, type SubmissionKey } from './submission-keys';

export interface SaveSubmissionInput {
  key: SubmissionKey;
  /** The submission as last read; absent for one not yet created. */
  existing: Submission | null;
  comment: string | null;
  values: SubmissionValueInput[];
}

/** POST a new draft, or PUT over the version that was read (a 412 means someone saved in between). */
export function saveSubmission({ key, existing, comment, values }: SaveSubmissionInput) {
  if (!existing) {
    return unwrap(
      api.POST('/api/v1/submissions', {
        body: { planCode: key.plan, orgUnitCode: key.orgUnit, period: key.period, comment, values },
      }),
    );
  }
  return unwrap(
    api.PUT('/api/v1/submissions/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
      body: { comment, values },
    }),
  );
}

export function deleteSubmission(submission: Submission) {
  return unwrap(
    api.DELETE('/api/v1/submissions/{id}', {
      params: { path: { id: submission.id }, header: { 'If-Match': ifMatch(submission.version) } },
    }),
  );
}

export function useSaveSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSubmission,
    onSuccess: async (saved, { key }) => {
      queryClient.setQueryData(submissionKeys.forUnit(key), saved);
      await queryClient.invalidateQueries({ queryKey: submissionKeys.lists() });
    },
  });
}

export function useDeleteSubmission(key: SubmissionKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSubmission,
    onSuccess: async () => {
      queryClient.setQueryData(submissionKeys.forUnit(key), null);
      await queryClient.invalidateQueries({ queryKey: submissionKeys.lists() });
    },
  });
}
