/**
 * Numbers, percentages and dates as Vietnamese (vi-VN) or English readers expect them.
 * Vietnamese uses '.' to group thousands and ',' for decimals (1.234,5), a space before the
 * percent sign (50,0 %) and day/month/year dates (25/11/2015). English uses en-GB so dates
 * stay day-first and unambiguous for the same audience.
 */
export type Language = 'vi' | 'en';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → "1.234,5" (vi) / "1,234.5" (en). Up to 4 decimals, the precision the API stores. */
export function formatNumber(value: number | string, lang: Language, fractionDigits?: number): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) return '';
  return fractionDigits === undefined
    ? numberFormat(lang, 0, 4).format(n)
    : numberFormat(lang, fractionDigits, fractionDigits).format(n);
}

/**
 * A percentage given on the 0–100 scale (as the API states thresholds): 50 → "50,0 %" (vi),
 * "50.0%" (en). The no-break space keeps the sign on the same line as its number.
 */
export function formatPercent(value: number, lang: Language, fractionDigits = 1): string {
  if (!Number.isFinite(value)) return '';
  const number = numberFormat(lang, fractionDigits, fractionDigits).format(value);
  return lang === 'vi' ? `${number}\u00a0%` : `${number}%`;
}

/** numerator/denominator as a percentage, or null when the share is undefined (denominator 0). */
export function ratioPercent(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return (numerator / denominator) * 100;
}

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // A bare ISO date ("2015-11-25") is a calendar day, not midnight UTC: read it as local.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "25/11/2015" */
export function formatDate(value: string | Date, lang: Language): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** "25/11/2015 11:05" in the reader's time zone. */
export function formatDateTime(value: string | Date, lang: Language): string {
  const date = toDate(value);
  if (!date) return '';
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return `${formatDate(date, lang)} ${time}`;
}

/**
 * Reads a figure typed by a person. Vietnamese writes "1.234,5"; English "1,234.5". People also
 * paste the other convention, so a separator is taken as a thousands separator only when it
 * really groups digits by three (vi "1.234" = 1234) and otherwise as the decimal mark
 * (vi "12.5" = 12,5). Returns the number in canonical form ("1234.5"), keeping the digits as
 * typed so precision can be checked, or null when the text is not a number.
 */
export function normalizeNumber(raw: string, lang: Language): string | null {
  const text = raw.replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(text)) return text.split(group).join('').replace(decimal, '.');
  if (/^-?\d+([.,]\d+)?$/.test(text)) return text.replace(',', '.');
  return null;
}

/** The figure a person typed (see normalizeNumber), or null when it is not a number. */
export function parseNumber(raw: string, lang: Language): number | null {
  const normalized = normalizeNumber(raw, lang);
  if (normalized === null) return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** A stored figure as it should appear in an input the user edits: no grouping, local decimal mark. */
export function formatForInput(value: number | string | null | undefined, lang: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}
