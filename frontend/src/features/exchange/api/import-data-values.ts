import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import { toApiError } from '@/lib/problem';
import { CONTENT_TYPES, type ExchangeFormat } from '../utils/exchange-file';

export type ImportSummary = components['schemas']['ImportSummary'];
export type ImportConflict = components['schemas']['ImportConflict'];
export type ImportStrategy = ImportSummary['importStrategy'];

export const IMPORT_STRATEGIES: readonly ImportStrategy[] = ['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE'];

export interface ImportOptions {
  plan: string;
  strategy: ImportStrategy;
  atomic: boolean;
}

export interface ImportRequest extends ImportOptions {
  /** The file's bytes, read once when picked: the dry run and the import send exactly these. */
  bytes: ArrayBuffer;
  format: ExchangeFormat;
  dryRun: boolean;
  /** Sent with the real import only: a retry of the same request is answered, never applied, twice. */
  idempotencyKey?: string;
}

export interface ImportResult {
  summary: ImportSummary;
  /** The API answered an earlier request's response again (same Idempotency-Key): nothing changed now. */
  replayed: boolean;
}

function isSummary(body: unknown): body is ImportSummary {
  return typeof body === 'object' && body !== null && (body as { responseType?: unknown }).responseType === 'ImportSummary';
}

/**
 * POST /api/v1/dataValueSets. An import with conflicts and nothing stored is a 409 whose body is
 * still an ImportSummary: it is an answer to show, not an error. A problem (413, 415, 400, 422,
 * 409 idempotency-in-progress…) is thrown as an ApiError.
 */
export async function importDataValues(request: ImportRequest): Promise<ImportResult> {
  const { data, error, response } = await api.POST('/api/v1/dataValueSets', {
    params: {
      // Always the same parameters in the same order: the API compares replays by their query too.
      query: {
        plan: request.plan,
        importStrategy: request.strategy,
        atomic: request.atomic ? 'true' : 'false',
        dryRun: request.dryRun ? 'true' : 'false',
      },
      header: request.idempotencyKey ? { 'Idempotency-Key': request.idempotencyKey } : undefined,
    },
    headers: { 'Content-Type': CONTENT_TYPES[request.format] },
    // The body goes out as the file's bytes, whatever its format.
    body: request.bytes as never,
    bodySerializer: (body: unknown) => body as BodyInit,
  });
  const replayed = response.headers.get('Idempotent-Replayed') === 'true';
  if (response.ok && isSummary(data)) return { summary: data, replayed };
  if (isSummary(error)) return { summary: error, replayed };
  throw toApiError(error, response);
}

/** The dry run: what the import would do, storing nothing. */
export function useCheckImport() {
  return useMutation({ mutationFn: (request: Omit<ImportRequest, 'dryRun' | 'idempotencyKey'>) => importDataValues({ ...request, dryRun: true }) });
}

/** The import itself; reports, completeness and progress shown elsewhere are read again afterwards. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<ImportRequest, 'dryRun'> & { idempotencyKey: string }) => importDataValues({ ...request, dryRun: false }),
    onSuccess: () => {
      for (const key of ['submissions', 'progress', 'target-progress', 'completeness', 'completeness-matrix']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    },
  });
}
