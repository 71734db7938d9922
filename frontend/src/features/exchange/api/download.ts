import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toApiError } from '@/lib/problem';
import { filenameFromContentDisposition, saveFile, type DownloadedFile } from '@/lib/download';
import type { ExchangeFormat } from '../utils/exchange-file';

export type { DownloadedFile };
export { saveFile };

async function asFile(call: Promise<{ data?: unknown; error?: unknown; response: Response }>, fallback: string): Promise<DownloadedFile> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return { blob: data as Blob, filename: filenameFromContentDisposition(response.headers.get('Content-Disposition'), fallback) };
}

export interface TemplateRequest {
  plan: string;
  period: string;
  /** Unit codes; none means every active unit that reports something in the period. */
  orgUnits?: readonly string[];
}

/** GET /api/v1/dataValueSets/template: the ready-to-fill workbook, fetched with the session's token. */
export function getTemplate({ plan, period, orgUnits }: TemplateRequest): Promise<DownloadedFile> {
  return asFile(
    api.GET('/api/v1/dataValueSets/template', {
      params: { query: { plan, period, orgUnits: orgUnits?.length ? orgUnits.join(',') : undefined } },
      parseAs: 'blob',
    }),
    `mau_${plan}_${period}.xlsx`,
  );
}

export interface ExportRequest {
  plan: string;
  period?: string;
  orgUnit?: string;
  format: ExchangeFormat;
}

/** GET /api/v1/dataValueSets: the stored values (drafts included) as JSON, CSV or Excel. */
export function exportDataValues({ plan, period, orgUnit, format }: ExportRequest): Promise<DownloadedFile> {
  const name = [plan, period, orgUnit].filter(Boolean).join('_');
  return asFile(
    api.GET('/api/v1/dataValueSets', {
      params: { query: { plan, period: period || undefined, orgUnit: orgUnit || undefined, format } },
      parseAs: 'blob',
    }),
    `${name}.${format}`,
  );
}

export function useDownloadTemplate() {
  return useMutation({
    mutationFn: async (request: TemplateRequest) => {
      const file = await getTemplate(request);
      saveFile(file);
      return file;
    },
  });
}

export function useExportDataValues() {
  return useMutation({
    mutationFn: async (request: ExportRequest) => {
      const file = await exportDataValues(request);
      saveFile(file);
      return file;
    },
  });
}
