/**
 * A report's audit trail as people read it: one line per save or review step (the API writes
 * one event per changed field), each change named in words ("Cán bộ phụ trách kinh tế · Tử số:
 * 2 → 3") rather than as `ECON_OFFICER_TRAINING.numerator`.
 */
import type { Indicator, SubmissionStatus } from '@/lib/api';
import type { I18n } from '@/i18n/i18n';
import type { AuditEvent } from '../api/get-history';

export type AuditAction = AuditEvent['action'];

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface TimelineEntry {
  key: string;
  actor: string;
  action: AuditAction;
  at: string;
  comment: string | null;
  /** For a message in the discussion or a file: the indicator whose value it is about (null: the whole report). */
  about: string | null;
  /** For a file attached or removed: its name. */
  file: string | null;
  /** For submit, approve, return, reopen: the status before and after. */
  statusFrom: SubmissionStatus | null;
  statusTo: SubmissionStatus | null;
  changes: FieldChange[];
}

/** Events of one save are written a few milliseconds apart; a second apart is another step. */
const SAME_STEP_MS = 2000;

export function groupHistory(events: readonly AuditEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let last: { entry: TimelineEntry; time: number } | null = null;
  for (const event of events) {
    const time = Date.parse(event.occurredAt);
    const isStatus = event.field === 'status';
    // Each message of the discussion, and each file attached or removed, is a step of its own.
    const isFile = event.action === 'ATTACH' || event.action === 'DETACH';
    const isComment = event.action === 'COMMENT' || isFile;
    const sameStep =
      !isComment &&
      last &&
      last.entry.actor === event.actor &&
      last.entry.action === event.action &&
      Math.abs(time - last.time) <= SAME_STEP_MS &&
      !(isStatus && last.entry.statusTo);
    const entry: TimelineEntry = sameStep
      ? last!.entry
      : { key: String(event.id), actor: event.actor, action: event.action, at: event.occurredAt, comment: null, about: null, file: null, statusFrom: null, statusTo: null, changes: [] };
    if (!sameStep) entries.push(entry);
    if (event.comment && !entry.comment) entry.comment = event.comment;
    if (isComment) {
      entry.about = event.field;
      if (isFile) entry.file = event.newValue ?? event.oldValue;
    } else if (isStatus) {
      entry.statusFrom = (event.oldValue as SubmissionStatus | null) ?? null;
      entry.statusTo = (event.newValue as SubmissionStatus | null) ?? null;
    } else if (event.field) {
      entry.changes.push({ field: event.field, oldValue: event.oldValue, newValue: event.newValue });
    }
    last = { entry, time };
  }
  return entries;
}

type Words = Pick<I18n, 't' | 'pick' | 'number'>;

/** "Cán bộ phụ trách kinh tế · Tử số" for `ECON_OFFICER_TRAINING.numerator`; "Ghi chú" for `comment`. */
export function describeField(field: string, indicators: readonly Indicator[], i18n: Words): string {
  const { t, pick } = i18n;
  if (field === 'comment') return t('history.fieldComment');
  const dot = field.lastIndexOf('.');
  const code = dot > 0 ? field.slice(0, dot) : field;
  const part = dot > 0 ? field.slice(dot + 1) : '';
  const indicator = indicators.find((i) => i.code === code);
  if (!indicator) return field;
  const name = pick(indicator.nameVi, indicator.nameEn);
  switch (part) {
    case 'numerator':
      return `${name} · ${pick(indicator.numeratorVi, indicator.numeratorEn) || t('entry.numerator')}`;
    case 'denominator':
      return `${name} · ${pick(indicator.denominatorVi, indicator.denominatorEn) || t('entry.denominator')}`;
    case 'items':
      return `${name} · ${t('entry.items')}`;
    case 'number':
      return `${name} · ${indicator.valueKind === 'COUNT' ? t('entry.count') : t('entry.number')}`;
    default:
      return name;
  }
}

/** A stored value as written in the trail: numbers in the reader's format, yes/no in words, "—" for none. */
export function describeValue(field: string, value: string | null, i18n: Words): string {
  const { t, number } = i18n;
  if (value === null || value === '') return t('history.none');
  if (field.endsWith('.answer')) return value === 'true' ? t('common.yes') : value === 'false' ? t('common.no') : value;
  if (/\.(number|numerator|denominator)$/.test(field) && /^-?\d+(\.\d+)?$/.test(value)) return number(Number(value));
  return value;
}

const PART_ORDER = ['numerator', 'denominator', 'number', 'answer', 'items'];

/** Changes in the order of the form (the indicators as listed, each part in its input order), the note last. */
export function orderChanges(changes: readonly FieldChange[], indicators: readonly Indicator[]): FieldChange[] {
  const rank = (field: string) => {
    if (field === 'comment') return [Infinity, 0];
    const dot = field.lastIndexOf('.');
    const index = indicators.findIndex((i) => i.code === field.slice(0, dot));
    return [index < 0 ? indicators.length : index, PART_ORDER.indexOf(field.slice(dot + 1))];
  };
  return [...changes].sort((a, b) => {
    const [ia, pa] = rank(a.field);
    const [ib, pb] = rank(b.field);
    return ia! - ib! || pa! - pb!;
  });
}
