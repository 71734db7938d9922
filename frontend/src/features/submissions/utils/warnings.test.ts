import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '@/i18n/format';
import { translate } from '@/i18n/i18n';
import { INITIATIVES, RATIO } from '@/testing/fixtures';
import { describeJump, dueDate, jumpOf } from './warnings';

const vi = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params),
  pick: (v: string | null | undefined) => v ?? '',
  number: (v: number | string, d?: number) => formatNumber(v, 'vi', d),
  percent: (v: number, d?: number) => formatPercent(v, 'vi', d),
};

describe('jump warnings', () => {
  it('should tell the direction and the factor of a jump', () => {
    expect(jumpOf(20, 5)).toEqual({ direction: 'up', factor: 4 });
    expect(jumpOf(2, 10)).toEqual({ direction: 'down', factor: 5 });
    expect(jumpOf(3, 0)).toEqual({ direction: 'up', factor: null });
    expect(jumpOf(5, 5)).toBeNull();
    expect(jumpOf(null, 5)).toBeNull();
  });

  it('should say the jump in words, ratios as percentages', () => {
    const jump = { indicatorCode: 'IMPROVEMENT_INITIATIVES', code: 'JUMP' as const, value: 20, previousValue: 5, previousPeriod: '2019' };
    expect(describeJump(jump, INITIATIVES, vi)).toBe('IMPROVEMENT_INITIATIVES: 20, năm 2019 là 5 — tăng gấp 4,0 lần');
    const ratio = { indicatorCode: 'ECON_OFFICER_TRAINING', code: 'JUMP' as const, value: 12.5, previousValue: 50, previousPeriod: '2019' };
    expect(describeJump(ratio, RATIO, vi)).toBe('ECON_OFFICER_TRAINING: 12,5\u00a0%, năm 2019 là 50,0\u00a0% — giảm 4,0 lần');
    expect(describeJump({ ...jump, previousValue: 0 }, INITIATIVES, vi)).toBe('IMPROVEMENT_INITIATIVES: 20, năm 2019 là 0 — tăng từ 0');
  });

  it('should put the deadline a plan\'s allowance after the period ends', () => {
    expect(dueDate('2020-12-31', 31)).toBe('2021-01-31');
    expect(dueDate('2019-12-31', 0)).toBe('2019-12-31');
  });
});
