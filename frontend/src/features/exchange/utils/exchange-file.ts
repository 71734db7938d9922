/**
 * The files of bulk exchange (POST/GET /api/v1/dataValueSets): which formats the API takes, how a
 * picked file is sent, what a download is called, and where a refused row sits in the file.
 */
export type ExchangeFormat = 'json' | 'csv' | 'xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Content-Type the API expects for each format (the only three it accepts, else 415). */
export const CONTENT_TYPES: Record<ExchangeFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: XLSX_TYPE,
};

/** What the file input offers: the extensions, and the types some systems report instead. */
export const ACCEPT = '.json,.csv,.xlsx,application/json,text/csv,' + XLSX_TYPE;

/** The API refuses a body above 10 MB (413); checked before uploading. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The format of a file by its extension (what people see and name files by). The browser's own
 * `type` is unreliable — Windows reports a CSV as `application/vnd.ms-excel` — so it only helps
 * when the name has no extension. Old binary Excel (.xls) is not an .xlsx and is refused.
 */
export function detectFormat(name: string, browserType = ''): ExchangeFormat | null {
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).trim().toLowerCase() : '';
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension !== '') return null;
  const type = browserType.toLowerCase();
  if (type === CONTENT_TYPES.json) return 'json';
  if (type === CONTENT_TYPES.csv) return 'csv';
  if (type === XLSX_TYPE) return 'xlsx';
  return null;
}

/** Shared with every download of the app (lib/download); re-exported where exchange always had it. */
export { filenameFromContentDisposition } from '@/lib/download';

/**
 * A random key for `Idempotency-Key`. crypto.randomUUID exists only on secure pages (https or
 * localhost); an intranet served over plain http still has crypto.getRandomValues.
 */
export function newIdempotencyKey(random: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof random.randomUUID === 'function') {
    try {
      return random.randomUUID();
    } catch {
      // Insecure context in some browsers: fall through.
    }
  }
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * For a CSV, the line of the file each data row starts on, in the API's row order: the API counts
 * data rows from 0, without the header line and skipping blank lines (a quoted value may span
 * lines). People look for "line 5" in Excel or an editor, so the conflicts table shows these.
 * Mirrors CsvDataValues.parse on the server.
 */
export function csvDataLines(text: string): number[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const starts: number[] = [];
  const firstFields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let started = false;
  let field = '';
  let fieldsInRecord = 0;
  let firstField: string | null = null;
  const endField = () => {
    if (fieldsInRecord === 0) firstField = field;
    fieldsInRecord += 1;
    field = '';
  };
  const endRecord = () => {
    if (started || fieldsInRecord > 0) {
      endField();
      starts.push(recordLine);
      firstFields.push(firstField ?? '');
    }
    field = '';
    fieldsInRecord = 0;
    firstField = null;
    started = false;
  };
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (!started && fieldsInRecord === 0 && c !== '\r' && c !== '\n') recordLine = line;
    if (c === '"') {
      quoted = true;
      started = true;
    } else if (c === ',') {
      endField();
      started = true;
    } else if (c === '\n') {
      endRecord();
      line += 1;
    } else if (c !== '\r') {
      field += c;
      started = true;
    }
  }
  endRecord();
  const hasHeader = firstFields.length > 0 && firstFields[0]!.trim().toLowerCase() === 'dataelement';
  return hasHeader ? starts.slice(1) : starts;
}

/** A row reference as shown in the conflicts table: a file line (CSV), an Excel row, a dataValues position. */
export function rowLabel(format: ExchangeFormat, index: number, csvLines?: readonly number[]): string {
  if (format === 'json') return `dataValues[${index}]`;
  if (format === 'csv') return String(csvLines?.[index] ?? index + 1);
  return String(index);
}

export interface ImportCount {
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
}

export interface ImportOutcome {
  /** `SUCCESS`, `WARNING`, `ERROR`, or a status a newer server added. */
  status: string;
  atomic: boolean;
  importCount: ImportCount;
  conflicts: readonly unknown[];
}

/**
 * What a dry run allows next:
 * - `ready`: every row accepted and something would change — confirm.
 * - `partial`: some rows refused, the others would be stored (atomic=false) — confirm, warned.
 * - `atomic-blocked`: rows refused and all-or-nothing: nothing would be stored — fix the file, or
 *   choose to store the good rows.
 * - `blocked`: nothing at all could be stored.
 * - `no-change`: every row equals what is stored (or the strategy skips it) — nothing to do.
 */
export type ImportVerdict = 'ready' | 'partial' | 'atomic-blocked' | 'blocked' | 'no-change';

export function importVerdict(summary: ImportOutcome): ImportVerdict {
  const { imported, updated, deleted } = summary.importCount;
  const changes = imported + updated + deleted;
  if (summary.status === 'ERROR' || (summary.conflicts.length > 0 && changes === 0)) {
    return summary.atomic && summary.conflicts.length > 0 ? 'atomic-blocked' : 'blocked';
  }
  if (changes === 0) return 'no-change';
  return summary.conflicts.length > 0 ? 'partial' : 'ready';
}

export function canConfirm(verdict: ImportVerdict): boolean {
  return verdict === 'ready' || verdict === 'partial';
}
