import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/i18n';
import { formatNumber, formatPercent } from '@/i18n/format';
import { formatThreshold, formatTiming } from './describe-target';

const vi = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params),
  number: (v: number | string) => formatNumber(v, 'vi'),
  percent: (v: number, d?: number) => formatPercent(v, 'vi', d),
};

describe('stating a target', () => {
  it('should state an all-units percentage without "at least", and its deadline', () => {
    const target = { aggregation: 'SHARE_OF_UNITS_MEETING', threshold: 100, timing: 'BY_YEAR', dueYear: 2020 } as const;
    expect(`${formatThreshold(target, vi)} — ${formatTiming(target, vi)}`).toBe('100\u00a0% — đến năm 2020');
  });

  it('should state a partial percentage and a yearly sum as minimums', () => {
    expect(formatThreshold({ aggregation: 'RATIO_OF_SUMS', threshold: 50 }, vi)).toBe('≥ 50\u00a0%');
    const yearly = { aggregation: 'SUM', threshold: 3, timing: 'EVERY_YEAR', dueYear: null } as const;
    expect(`${formatThreshold(yearly, vi)} — ${formatTiming(yearly, vi)}`).toBe('≥ 3 — hằng năm');
  });

  it('should keep the sign of a fall', () => {
    const say = (target: Parameters<typeof formatThreshold>[0]) => formatThreshold(target, vi).replace(/\u00a0/g, ' ');
    expect(say({ aggregation: 'SUM', threshold: -10, direction: 'AT_MOST', measure: 'CHANGE_PERCENT' })).toBe('≤ -10 %');
    expect(say({ aggregation: 'SUM', threshold: -2, direction: 'AT_LEAST', measure: 'AVERAGE_GROWTH' })).toMatch(/^≥ -2 %/);
  });

  it('should state an upper limit, a band, a change and a growth', () => {
    const say = (target: Parameters<typeof formatThreshold>[0]) => formatThreshold(target, vi).replace(/\u00a0/g, ' ');
    expect(say({ aggregation: 'RATIO_OF_SUMS', threshold: 0.5, direction: 'AT_MOST' })).toBe('≤ 0,5 %');
    expect(say({ aggregation: 'RATIO_OF_SUMS', threshold: 95, thresholdHigh: 100, direction: 'BETWEEN' })).toBe('95–100 %');
    expect(say({ aggregation: 'SUM', threshold: 10, direction: 'AT_LEAST', measure: 'CHANGE_PERCENT' })).toBe('≥ +10 %');
    expect(say({ aggregation: 'SUM', threshold: 8, direction: 'AT_LEAST', measure: 'AVERAGE_GROWTH' })).toBe('≥ +8 %/năm');
    expect(say({ aggregation: 'SUM', threshold: 20, direction: 'AT_LEAST', measure: 'CUMULATIVE' })).toBe('≥ 20');
  });
});
