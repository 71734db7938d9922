import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { filenameFromContentDisposition, saveFile, type DownloadedFile } from '@/lib/download';
import { toApiError } from '@/lib/problem';

export type AnnualReportFormat = 'docx' | 'pdf';

export interface AnnualReportRequest {
  planId: number;
  planCode: string;
  year: number;
  format: AnnualReportFormat;
}

/** GET /api/v1/plans/{id}/annual-report/{year}.docx|.pdf, with the session's token (never a public link). */
export async function getAnnualReport({ planId, planCode, year, format }: AnnualReportRequest): Promise<DownloadedFile> {
  const params = { path: { id: planId, year: String(year) } };
  const { data, error, response } =
    format === 'pdf'
      ? await api.GET('/api/v1/plans/{id}/annual-report/{year}.pdf', { params, parseAs: 'blob' })
      : await api.GET('/api/v1/plans/{id}/annual-report/{year}.docx', { params, parseAs: 'blob' });
  if (!response.ok) throw toApiError(error, response);
  return {
    blob: data as Blob,
    filename: filenameFromContentDisposition(response.headers.get('Content-Disposition'), `bao-cao-nam-${year}-${planCode}.${format}`),
  };
}

export function useDownloadAnnualReport() {
  return useMutation({
    mutationFn: async (request: AnnualReportRequest) => {
      const file = await getAnnualReport(request);
      saveFile(file);
      return file;
    },
  });
}
