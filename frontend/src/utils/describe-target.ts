import type { Target } from '@/lib/api';
import type { I18n } from '@/i18n/i18n';

const PERCENTAGE_RULES = new Set<Target['aggregation']>(['RATIO_OF_SUMS', 'SHARE_OF_UNITS_MEETING']);

export function isPercentageRule(aggregation: Target['aggregation']): boolean {
  return PERCENTAGE_RULES.has(aggregation);
}

/**
 * The goal as people say it: "100 %" (everyone, so no "at least"), "≥ 50 %", "≥ 3".
 * Percentage rules state their threshold on the 0–100 scale.
 */
export function formatThreshold(target: Pick<Target, 'aggregation' | 'threshold'>, i18n: Pick<I18n, 'number' | 'percent'>): string {
  const threshold = Number(target.threshold);
  if (isPercentageRule(target.aggregation)) {
    const text = i18n.percent(threshold, Number.isInteger(threshold) ? 0 : 1);
    return threshold >= 100 ? text : `≥ ${text}`;
  }
  return `≥ ${i18n.number(threshold)}`;
}

/** "đến năm 2020" / "hằng năm" */
export function formatTiming(target: Pick<Target, 'timing' | 'dueYear'>, i18n: Pick<I18n, 't'>): string {
  return target.timing === 'BY_YEAR' && target.dueYear
    ? i18n.t('timing.BY_YEAR', { year: target.dueYear })
    : i18n.t('timing.EVERY_YEAR');
}
