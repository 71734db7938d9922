import type { Target } from '@/lib/api';
import type { I18n } from '@/i18n/i18n';

const PERCENTAGE_RULES = new Set<Target['aggregation']>(['RATIO_OF_SUMS', 'SHARE_OF_UNITS_MEETING']);

export function isPercentageRule(aggregation: Target['aggregation']): boolean {
  return PERCENTAGE_RULES.has(aggregation);
}

/**
 * The goal as people say it: "100 %" (everyone, so no "at least"), "≥ 50 %", "≥ 3", "≤ 0,5 %",
 * "95–100 %", and for a change or growth "≥ +10 %" or "≥ +8 %/năm". Percentage rules state their
 * threshold on the 0–100 scale.
 */
export function formatThreshold(
  target: Pick<Target, 'aggregation' | 'threshold'> & { direction?: Target['direction']; thresholdHigh?: Target['thresholdHigh']; measure?: Target['measure'] },
  i18n: Pick<I18n, 'number' | 'percent' | 't'>,
): string {
  const threshold = Number(target.threshold);
  const measure = target.measure ?? 'LEVEL';
  const percent = measure === 'CHANGE_PERCENT' || measure === 'AVERAGE_GROWTH' || (isPercentageRule(target.aggregation) && measure !== 'CHANGE_ABSOLUTE');
  const change = measure === 'CHANGE_PERCENT' || measure === 'CHANGE_ABSOLUTE' || measure === 'AVERAGE_GROWTH';
  const digits = (v: number) => (Number.isInteger(v) ? 0 : 1);
  // A change keeps its sign: "+10 %" up, "-10 %" down (a negative threshold, "giảm 10%").
  const sign = (v: number) => (change && v >= 0 ? '+' : '');
  const one = (v: number) => `${sign(v)}${percent ? i18n.percent(v, digits(v)) : i18n.number(v)}${measure === 'AVERAGE_GROWTH' ? i18n.t('target.perYear') : ''}`;
  if (target.direction === 'BETWEEN' && target.thresholdHigh != null) {
    return `${sign(threshold)}${i18n.number(threshold, digits(threshold))}–${one(Number(target.thresholdHigh)).replace(/^\+/, '')}`;
  }
  if (target.direction === 'AT_MOST') return `≤ ${one(threshold)}`;
  if (percent && !change && threshold >= 100) return one(threshold);
  return `≥ ${one(threshold)}`;
}

/** "đến năm 2020" / "hằng năm" */
export function formatTiming(target: Pick<Target, 'timing' | 'dueYear'>, i18n: Pick<I18n, 't'>): string {
  return target.timing === 'BY_YEAR' && target.dueYear
    ? i18n.t('timing.BY_YEAR', { year: target.dueYear })
    : i18n.t('timing.EVERY_YEAR');
}
