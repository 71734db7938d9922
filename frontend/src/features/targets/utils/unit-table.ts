/**
 * The per-unit table behind a target's figure in one year: sorting by any column and the CSV
 * download. Kept apart from React so both are tested directly.
 *
 * Decisions:
 * - Units without a value (not counted: missing, draft, returned…) always sort last, whichever
 *   way the column is sorted, so the comparison of units that reported stays readable.
 * - Texts that start like a formula (=, +, -, @) get a leading apostrophe: a unit name typed
 *   by an administrator must never run as a formula in someone's spreadsheet.
 * - The CSV follows the UI language: Vietnamese uses ";" between fields and "," as the decimal
 *   mark (what Excel expects on a Vietnamese-locale Windows); English uses "," and ".". It starts
 *   with a UTF-8 byte order mark so Excel reads the tone marks correctly.
 */
import type { Language } from '@/i18n/format';
import type { UnitFigure } from '../api/get-target-progress';

export type UnitColumn = 'unit' | 'type' | 'status' | 'value' | 'numerator' | 'denominator' | 'meets';
export type SortDirection = 'ascending' | 'descending';
export interface UnitSort {
  column: UnitColumn;
  direction: SortDirection;
}

/** What sorting reads of a unit; the public portal's units have no type or report state. */
export type SortableUnit = Pick<UnitFigure, 'orgUnitCode' | 'value' | 'numerator' | 'denominator' | 'meets'> &
  Partial<Pick<UnitFigure, 'type' | 'status'>>;

const TYPE_ORDER = ['DISTRICT', 'WARD', 'AGENCY', 'PUBLIC_SERVICE_UNIT', 'SCHOOL'];
const STATUS_ORDER = ['APPROVED', 'SUBMITTED', 'RETURNED', 'DRAFT', 'MISSING', 'NOT_EXPECTED'];

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function key<U extends SortableUnit>(unit: U, column: UnitColumn, name: (u: U) => string): string | number | null {
  switch (column) {
    case 'unit':
      return name(unit);
    case 'type':
      return unit.type === undefined ? null : TYPE_ORDER.indexOf(unit.type);
    case 'status':
      return unit.status === undefined ? null : STATUS_ORDER.indexOf(unit.status);
    case 'value':
      return unit.value;
    case 'numerator':
      return unit.numerator;
    case 'denominator':
      return unit.denominator;
    case 'meets':
      return unit.meets === null ? null : unit.meets ? 1 : 0;
  }
}

/** The units sorted by a column; ties keep the unit order (P01, P02 … P16). */
export function sortUnits<U extends SortableUnit>(units: readonly U[], sort: UnitSort, name: (u: U) => string): U[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byUnit = (a: U, b: U) => collator.compare(a.orgUnitCode, b.orgUnitCode);
  return [...units].sort((a, b) => {
    const ka = key(a, sort.column, name);
    const kb = key(b, sort.column, name);
    if (ka === null && kb === null) return byUnit(a, b);
    if (ka === null) return 1;
    if (kb === null) return -1;
    const order = typeof ka === 'string' && typeof kb === 'string' ? collator.compare(ka, kb) : (ka as number) - (kb as number);
    return order !== 0 ? sign * order : byUnit(a, b);
  });
}

/** Next sort when a column header is pressed: a new column starts ascending (values descending), the same one flips. */
export function nextSort(current: UnitSort, column: UnitColumn): UnitSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'value' || column === 'meets' ? 'descending' : 'ascending' };
}

export interface CsvOptions {
  lang: Language;
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

/** A spreadsheet-ready CSV: BOM, the language's separators, every text quoted when it must be. */
export function toCsv({ lang, headers, rows }: CsvOptions): string {
  const separator = lang === 'vi' ? ';' : ',';
  const cell = (value: string | number | null) => {
    if (value === null) return '';
    // A text a spreadsheet would run as a formula (=, +, -, @) is kept as text.
    const text =
      typeof value === 'number' ? (lang === 'vi' ? String(value).replace('.', ',') : String(value)) : /^[=+\-@]/.test(value) ? `'${value}` : value;
    const mustQuote = text.includes(separator) || /["\n\r]/.test(text) || text !== text.trim();
    return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers, ...rows].map((row) => row.map(cell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers a text as a file download (the browser's own save dialog). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
