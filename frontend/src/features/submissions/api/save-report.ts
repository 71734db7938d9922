import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Submission, SubmissionValueInput } from '@/lib/api';
import { reportQueryKey, type ReportKey } from './get-report';

export interface SaveReportInput {
  key: ReportKey;
  /** The report as last read; absent for a report not yet created. */
  existing: Submission | null;
  comment: string | null;
  values: SubmissionValueInput[];
}

/** POST a new draft, or PUT over the version that was read (a 412 means someone saved in between). */
export function saveReport({ key, existing, comment, values }: SaveReportInput) {
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

export function deleteReport(report: Submission) {
  return unwrap(
    api.DELETE('/api/v1/submissions/{id}', {
      params: { path: { id: report.id }, header: { 'If-Match': ifMatch(report.version) } },
    }),
  );
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: async (saved, { key }) => {
      queryClient.setQueryData(reportQueryKey(key), saved);
      await queryClient.invalidateQueries({ queryKey: ['submissions', 'list'] });
    },
  });
}

export function useDeleteReport(key: ReportKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteReport,
    onSuccess: async () => {
      queryClient.setQueryData(reportQueryKey(key), null);
      await queryClient.invalidateQueries({ queryKey: ['submissions', 'list'] });
    },
  });
}
