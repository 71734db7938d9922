import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import { submissionKeys } from './submission-keys';

export type ReportCommentInput = components['schemas']['ReportCommentInput'];

/** Adds a message to a report's discussion (POST /submissions/{id}/comments); it lands in the history. */
export function commentOnSubmission({ id, input }: { id: number; input: ReportCommentInput }) {
  return unwrap(api.POST('/api/v1/submissions/{id}/comments', { params: { path: { id } }, body: input }));
}

export function useCommentOnSubmission(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportCommentInput) => commentOnSubmission({ id, input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: submissionKeys.history(id) }),
  });
}
