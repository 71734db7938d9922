/**
 * The CSV download of a target's per-unit table. Kept apart from React so it is tested directly.
 *
 * Decisions:
 * - Texts that start like a formula (=, +, -, @, or a TAB or CR before one, which spreadsheets skip)
 *   get a leading apostrophe: a unit name typed by an administrator must never run as a formula in
 *   someone's spreadsheet (OWASP's list for CSV injection).
 * - The CSV follows the UI language: Vietnamese uses ";" between fields and "," as the decimal
 *   mark (what Excel expects on a Vietnamese-locale Windows); English uses "," and ".". It starts
 *   with a UTF-8 byte order mark so Excel reads the tone marks correctly.
 */
import type { Language } from '@/i18n/format';

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
    // A text a spreadsheet would run as a formula (=, +, -, @, TAB, CR) is kept as text.
    const text =
      typeof value === 'number' ? (lang === 'vi' ? String(value).replace('.', ',') : String(value)) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
