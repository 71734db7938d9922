import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/i18n';
import { formatNumber } from '@/i18n/format';
import { changedFields, describeField, type TargetDefinition } from './definition-change';

const saved: TargetDefinition = {
  indicatorCode: 'ENTERPRISES_SUPPORTED', aggregation: 'SUM', unitThreshold: null, threshold: 20, direction: 'AT_LEAST',
  thresholdHigh: null, measure: 'LEVEL', baseline: null, timing: 'BY_YEAR', dueYear: 2025,
  milestones: [{ year: 2024, threshold: 15, thresholdHigh: null }, { year: 2023, threshold: 10, thresholdHigh: null }],
  allocations: [{ orgUnitCode: 'P02', year: 2024, threshold: 8, thresholdHigh: null }, { orgUnitCode: 'P01', year: null, threshold: 5, thresholdHigh: null }],
};
const vi = {
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params),
  number: (v: number | string, d?: number) => formatNumber(v, 'vi', d),
};

describe('what a save changes of a target', () => {
  it('should find nothing when only the wording or the form of a number differs', () => {
    const input = {
      ...saved, threshold: 20.0, statementVi: 'Lời khác', milestones: [...saved.milestones].reverse(),
      allocations: [...saved.allocations].reverse(), reason: null,
    };
    expect(changedFields(saved, input)).toEqual([]);
  });

  it('should name each changed field in the API order', () => {
    const input = { ...saved, threshold: 25, direction: 'BETWEEN' as const, thresholdHigh: 30, milestones: [] };
    expect(changedFields(saved, input)).toEqual(['threshold', 'direction', 'thresholdHigh', 'milestones']);
    expect(changedFields(saved, { ...saved, measure: 'CHANGE_PERCENT', baseline: { year: 2020, value: null } })).toEqual(['measure', 'baseline']);
    expect(changedFields({ ...saved, baseline: { year: 2020, value: 4 } }, { ...saved, baseline: { year: 2020, value: 5 } })).toEqual(['baseline']);
    expect(changedFields(saved, { ...saved, allocations: [saved.allocations[1]] })).toEqual(['allocations']);
  });

  it('should describe a field as a reviewer reads it, in vi-VN', () => {
    expect(describeField(saved, 'milestones', vi)).toBe('2024: 15 · 2023: 10');
    expect(describeField(saved, 'allocations', vi)).toBe('P02 (2024): 8 · P01: 5');
    expect(describeField({ ...saved, allocations: [] }, 'allocations', vi)).toBe('—');
    expect(describeField({ ...saved, threshold: -10.5 }, 'threshold', vi)).toBe('-10,5');
    expect(describeField(saved, 'direction', vi)).toBe(translate('vi', 'targetDirection.AT_LEAST'));
    expect(describeField({ ...saved, baseline: { year: 2020, value: null } }, 'baseline', vi)).toBe('năm 2020 (số liệu năm đó)');
    expect(describeField({ ...saved, baseline: { year: 2020, value: 1234.5 } }, 'baseline', vi)).toBe('năm 2020: 1.234,5');
    expect(describeField(null, 'threshold', vi)).toBe('—');
    expect(describeField(saved, 'thresholdHigh', vi)).toBe('—');
  });
});
