/**
 * The data entry form's rules, kept apart from React so they can be tested and read in one place
 * (like dhis2/aggregate-data-entry-app's validators). They mirror the API's ValueRules so most
 * mistakes are caught before a round trip (the limits themselves are in value-limits.ts, checked
 * against openapi.yaml); the API stays the authority and its field errors are
 * mapped back onto the same inputs (see toPayload's `formIndexOf`).
 *
 * Decisions:
 * - A draft may be partial: an indicator whose inputs are all empty is simply not sent.
 * - A ratio is sent only as its two parts, never as a percentage; if one part is given the
 *   other is required, because half a ratio cannot be stored.
 * - For a count whose items must be named, the count must equal the number of named items
 *   (the plan counts "each named" model); the form keeps the two in step as rows are added.
 */
import type { Indicator, Submission, SubmissionValue, SubmissionValueInput } from '@/lib/api';
import { formatForInput, normalizeNumber, type Language } from '@/i18n/format';
import type { MessageKey } from '@/i18n/vi';
import { VALUE_LIMITS } from './value-limits';

export interface ItemDraft {
  name: string;
  flagged: boolean;
}

/** One indicator's inputs as typed: text, so half-typed numbers survive re-renders. */
export interface ValueDraft {
  indicatorCode: string;
  number: string;
  numerator: string;
  denominator: string;
  answer: '' | 'yes' | 'no';
  items: ItemDraft[];
}

export interface EntryFormValues {
  comment: string;
  values: ValueDraft[];
}

export interface EntryError {
  /** react-hook-form path, e.g. `values.0.numerator` or `values.3.items.1.name`. */
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

const { maxNumber, maxDecimals, maxItemName, maxComment } = VALUE_LIMITS;

/**
 * Indicators in the order of the plan's targets (T1a, T1b, T2 …), which is how officers read
 * the plan; indicators no target uses come last, by code.
 */
export function orderByTargets<T extends { code: string }>(
  indicators: readonly T[],
  targets: ReadonlyArray<{ indicatorCode: string; sortOrder: number }>,
): T[] {
  const rank = new Map<string, number>();
  for (const target of targets) {
    rank.set(target.indicatorCode, Math.min(rank.get(target.indicatorCode) ?? Infinity, target.sortOrder));
  }
  return [...indicators].sort(
    (a, b) => (rank.get(a.code) ?? Infinity) - (rank.get(b.code) ?? Infinity) || a.code.localeCompare(b.code),
  );
}

export function emptyDraft(indicatorCode: string): ValueDraft {
  return { indicatorCode, number: '', numerator: '', denominator: '', answer: '', items: [] };
}

function draftFromValue(indicatorCode: string, value: SubmissionValue | undefined, lang: Language): ValueDraft {
  if (!value) return emptyDraft(indicatorCode);
  return {
    indicatorCode,
    number: formatForInput(value.number, lang),
    numerator: formatForInput(value.numerator, lang),
    denominator: formatForInput(value.denominator, lang),
    answer: value.answer === true ? 'yes' : value.answer === false ? 'no' : '',
    items: value.items.map((item) => ({ name: item.name, flagged: item.flagged })),
  };
}

/** The form's starting state: one draft per applicable indicator, filled from the saved report. */
export function toFormValues(indicators: readonly Indicator[], submission: Submission | null | undefined, lang: Language): EntryFormValues {
  const saved = new Map((submission?.values ?? []).map((v) => [v.indicatorCode, v]));
  return {
    comment: submission?.comment ?? '',
    values: indicators.map((indicator) => draftFromValue(indicator.code, saved.get(indicator.code), lang)),
  };
}

export function isBlank(draft: ValueDraft): boolean {
  return (
    draft.number.trim() === '' &&
    draft.numerator.trim() === '' &&
    draft.denominator.trim() === '' &&
    draft.answer === '' &&
    draft.items.length === 0
  );
}

type NumberCheck = { ok: true; value: number } | { ok: false; key: MessageKey } | { ok: 'blank' };

/** Validates one typed figure against the API's rules for non-negative figures. */
export function checkNumber(raw: string, lang: Language, wholeNumber: boolean): NumberCheck {
  if (raw.trim() === '') return { ok: 'blank' };
  const normalized = normalizeNumber(raw, lang);
  if (normalized === null) return { ok: false, key: 'validation.notANumber' };
  const value = Number(normalized);
  if (value < 0) return { ok: false, key: 'validation.negative' };
  const decimals = normalized.includes('.') ? normalized.split('.')[1]!.replace(/0+$/, '').length : 0;
  if (wholeNumber && decimals > 0) return { ok: false, key: 'validation.wholeNumber' };
  if (value > maxNumber) return { ok: false, key: 'validation.tooLarge' };
  if (decimals > maxDecimals) return { ok: false, key: 'validation.tooPrecise' };
  return { ok: true, value };
}

/** Every problem in the form, each attached to the input that must change. */
export function validateEntry(form: EntryFormValues, indicators: readonly Indicator[], lang: Language): EntryError[] {
  const errors: EntryError[] = [];
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  form.values.forEach((draft, index) => {
    const indicator = byCode.get(draft.indicatorCode);
    if (!indicator || isBlank(draft)) return;
    const at = `values.${index}`;
    const numberError = (field: string, check: NumberCheck) => {
      if (check.ok === false) errors.push({ path: `${at}.${field}`, key: check.key });
    };
    switch (indicator.valueKind) {
      case 'NUMBER':
      case 'COUNT': {
        const check = checkNumber(draft.number, lang, indicator.valueKind === 'COUNT');
        if (check.ok === 'blank') {
          errors.push({ path: `${at}.number`, key: 'validation.required' });
        } else if (check.ok === false) {
          numberError('number', check);
        } else if (indicator.itemsRequired && draft.items.length > 0 && check.value !== draft.items.length) {
          errors.push({
            path: `${at}.number`,
            key: 'validation.countMismatch',
            params: { count: check.value, items: draft.items.length },
          });
        }
        draft.items.forEach((item, j) => {
          const name = item.name.trim();
          if (name === '') errors.push({ path: `${at}.items.${j}.name`, key: 'validation.itemNameRequired' });
          else if (name.length > maxItemName) {
            errors.push({ path: `${at}.items.${j}.name`, key: 'validation.tooLong', params: { max: maxItemName } });
          }
        });
        break;
      }
      case 'RATIO': {
        const numerator = checkNumber(draft.numerator, lang, false);
        const denominator = checkNumber(draft.denominator, lang, false);
        if (numerator.ok === 'blank') errors.push({ path: `${at}.numerator`, key: 'validation.requiredBoth' });
        if (denominator.ok === 'blank') errors.push({ path: `${at}.denominator`, key: 'validation.requiredBoth' });
        numberError('numerator', numerator);
        numberError('denominator', denominator);
        if (numerator.ok === true && denominator.ok === true && numerator.value > denominator.value) {
          errors.push({ path: `${at}.numerator`, key: 'validation.numeratorAboveDenominator' });
        }
        break;
      }
      case 'BOOLEAN':
        // A radio choice cannot be malformed; leaving it unanswered is allowed in a draft.
        break;
    }
  });
  if (form.comment.length > maxComment) {
    errors.push({ path: 'comment', key: 'validation.tooLong', params: { max: maxComment } });
  }
  return errors;
}

export interface Payload {
  comment: string | null;
  values: SubmissionValueInput[];
  /** values[i] in the request came from form row formIndexOf[i]: maps API field errors back to inputs. */
  formIndexOf: number[];
}

function toNumber(raw: string, lang: Language): number | null {
  const normalized = normalizeNumber(raw, lang);
  return normalized === null ? null : Number(normalized);
}

/** The request body for a (valid) form: blank indicators are left out, each kind sends only its fields. */
export function toPayload(form: EntryFormValues, indicators: readonly Indicator[], lang: Language): Payload {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const values: SubmissionValueInput[] = [];
  const formIndexOf: number[] = [];
  form.values.forEach((draft, index) => {
    const indicator = byCode.get(draft.indicatorCode);
    if (!indicator || isBlank(draft)) return;
    const value: SubmissionValueInput = { indicatorCode: indicator.code };
    switch (indicator.valueKind) {
      case 'NUMBER':
      case 'COUNT':
        value.number = toNumber(draft.number, lang);
        if (indicator.itemsRequired) {
          const flaggable = !!indicator.itemFlagVi;
          value.items = draft.items.map((item) => ({ name: item.name.trim(), flagged: flaggable ? item.flagged : null }));
        }
        break;
      case 'RATIO':
        value.numerator = toNumber(draft.numerator, lang);
        value.denominator = toNumber(draft.denominator, lang);
        break;
      case 'BOOLEAN':
        if (draft.answer === '') return;
        value.answer = draft.answer === 'yes';
        break;
    }
    values.push(value);
    formIndexOf.push(index);
  });
  const comment = form.comment.trim();
  return { comment: comment === '' ? null : comment, values, formIndexOf };
}

/**
 * Where an API field error belongs in the form: `values[2].numerator` names the third value of
 * the request (on submitting, of the stored report), which is not the third indicator on screen
 * when blanks were left out; `formIndexOf` maps one to the other.
 */
export function apiFieldToFormPath(field: string, formIndexOf: readonly number[], indicatorCodes: readonly string[] = []): string | null {
  // Submitting names a missing value by a filter on its indicator code: shown on that indicator.
  const byCode = /^values\[\?@\.indicatorCode=='([^']*)'\]$/.exec(field);
  if (byCode) {
    const index = indicatorCodes.indexOf(byCode[1]!);
    return index < 0 ? null : `values.${index}`;
  }
  const match = /^values\[(\d+)\](.*)$/.exec(field);
  if (!match) return field === 'comment' ? 'comment' : null;
  const formIndex = formIndexOf[Number(match[1])];
  if (formIndex === undefined || formIndex < 0) return null;
  const rest = match[2]!.replace(/\[(\d+)\]/g, '.$1');
  // An error on the value as a whole, its indicator code or its list of items is shown on the value.
  if (rest === '' || rest === '.indicatorCode' || rest === '.items') return `values.${formIndex}`;
  return `values.${formIndex}${rest}`;
}

/** Keeps a count in step with its list while the two agree (or the count is still empty). */
export function syncedCount(currentCount: string, previousItems: number, nextItems: number): string {
  const trimmed = currentCount.trim();
  if (trimmed === '' || trimmed === String(previousItems)) return String(nextItems);
  return currentCount;
}
