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
});
