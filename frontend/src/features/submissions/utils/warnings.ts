import type { Indicator } from '@/lib/api';
import type { I18n } from '@/i18n/i18n';
import type { components } from '@/lib/api-types';

export type SubmissionWarning = components['schemas']['SubmissionWarning'];

export interface Jump {
  direction: 'up' | 'down';
  /** How many times larger the bigger value is than the smaller; null when one of them is 0. */
  factor: number | null;
}

/** Which way a value moved against the previous period, and by what factor. */
export function jumpOf(value: number | null, previous: number | null): Jump | null {
  if (value === null || previous === null || value === previous) return null;
  const direction = value > previous ? 'up' : 'down';
  const small = Math.min(value, previous);
  const large = Math.max(value, previous);
  return { direction, factor: small > 0 ? large / small : null };
}

/**
 * "Sáng kiến cải tiến: 20 (năm 2019: 5) — tăng gấp 4,0 lần". Ratio values are percentages,
 * as the API compares them.
 */
export function describeJump(warning: SubmissionWarning, indicator: Indicator | undefined, i18n: Pick<I18n, 't' | 'pick' | 'number' | 'percent'>): string {
  const { t, pick, number, percent } = i18n;
  const format = (v: number | null) => (v === null ? '—' : indicator?.valueKind === 'RATIO' ? percent(v) : number(v));
  const jump = jumpOf(warning.value, warning.previousValue);
  const params = {
    indicator: indicator ? pick(indicator.nameVi, indicator.nameEn) : warning.indicatorCode,
    value: format(warning.value),
    previous: format(warning.previousValue),
    period: warning.previousPeriod ?? '—',
    factor: jump?.factor ? number(jump.factor, 1) : '',
  };
  if (!jump) return t('review.jumpPlain', params);
  if (jump.factor === null) return t(jump.direction === 'up' ? 'review.jumpFromZero' : 'review.jumpToZero', params);
  return t(jump.direction === 'up' ? 'review.jumpUp' : 'review.jumpDown', params);
}

/** The last day a report for a period is on time: the period's end + the plan's allowance. */
export function dueDate(periodEnd: string, deadlineDays: number): string {
  const [y, m, d] = periodEnd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + deadlineDays));
  return date.toISOString().slice(0, 10);
}
