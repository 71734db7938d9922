import { describe, expect, it } from 'vitest';
import { translate, type Language } from '@/i18n/i18n';
import { formatNumber, formatPercent } from '@/i18n/format';
import { savedShape, targetSentence, type TargetShape } from './target-sentence';

function i18n(lang: Language) {
  return {
    t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params),
    number: (v: number | string, d?: number) => formatNumber(v, lang, d),
    percent: (v: number, d?: number) => formatPercent(v, lang, d),
  };
}
const vi = i18n('vi');
const en = i18n('en');

const base: TargetShape = {
  direction: 'AT_LEAST', measure: 'LEVEL', percent: false, threshold: 3, thresholdHigh: null,
  timing: 'EVERY_YEAR', dueYear: null, firstYear: 2016, baselineYear: null, milestones: [],
};
/** Non-breaking spaces (vi-VN puts one before "%") read as plain ones, so the expectations stay legible. */
const say = (shape: Partial<TargetShape>, lang: ReturnType<typeof i18n>) => targetSentence({ ...base, ...shape }, lang)?.replace(/\u00a0/g, ' ') ?? null;

describe('the target as a sentence', () => {
  it('should state an at-least yearly target', () => {
    expect(say({}, vi)).toBe('Đạt ít nhất 3 hằng năm');
    expect(say({}, en)).toBe('At least 3 every year');
  });

  it('should state an at-most target due by a year', () => {
    const shape = { direction: 'AT_MOST', percent: true, threshold: 0.5, timing: 'BY_YEAR', dueYear: 2025 } as const;
    expect(say(shape, vi)).toBe('Giảm xuống dưới 0,5 % vào năm 2025');
    expect(say(shape, en)).toBe('Down to 0.5% or less by 2025');
    expect(say({ ...shape, timing: 'EVERY_YEAR', dueYear: null }, vi)).toBe('Không vượt quá 0,5 % hằng năm');
  });

  it('should state a band with both ends', () => {
    const shape = { direction: 'BETWEEN', percent: true, threshold: 95, thresholdHigh: 100 } as const;
    expect(say(shape, vi)).toBe('Duy trì trong khoảng 95–100 % hằng năm');
    expect(say(shape, en)).toBe('Kept within 95–100% every year');
    expect(say({ ...shape, thresholdHigh: null }, vi)).toBeNull();
  });

  it('should state a cumulative target over the plan up to its due year', () => {
    const shape = { measure: 'CUMULATIVE', threshold: 20, timing: 'BY_YEAR', dueYear: 2020 } as const;
    expect(say(shape, vi)).toBe('Giai đoạn 2016–2020 cộng dồn đạt ít nhất 20');
    expect(say(shape, en)).toBe('Over 2016–2020, at least 20 in total');
    expect(say({ ...shape, dueYear: null }, vi)).toBeNull();
  });

  it('should state a change from the baseline, in percent and in amount', () => {
    const shape = { measure: 'CHANGE_PERCENT', threshold: 10, timing: 'BY_YEAR', dueYear: 2020, baselineYear: 2015 } as const;
    expect(say(shape, vi)).toBe('Tăng 10 % so với năm 2015 vào năm 2020');
    expect(say(shape, en)).toBe('Up 10% from 2015 by 2020');
    expect(say({ ...shape, measure: 'CHANGE_ABSOLUTE', threshold: 1500 }, vi)).toBe('Tăng thêm 1.500 so với năm 2015 vào năm 2020');
    expect(say({ ...shape, measure: 'CHANGE_ABSOLUTE', threshold: 1500 }, en)).toBe('Up by 1,500 from 2015 by 2020');
    expect(say({ ...shape, baselineYear: null }, vi)).toBeNull();
  });

  it('should state an average annual growth', () => {
    const shape = { measure: 'AVERAGE_GROWTH', threshold: 8, baselineYear: 2015 } as const;
    expect(say(shape, vi)).toBe('Tăng bình quân 8 %/năm so với năm 2015');
    expect(say(shape, en)).toBe('Average growth of 8% a year from 2015');
    expect(say({ ...shape, timing: 'BY_YEAR', dueYear: 2020 }, vi)).toBe('Tăng bình quân 8 %/năm so với năm 2015 đến năm 2020');
    expect(say({ ...shape, timing: 'BY_YEAR', dueYear: 2020 }, en)).toBe('Average growth of 8% a year from 2015 to 2020');
  });

  it('should state the milestones in year order, then the due year', () => {
    const shape = {
      percent: true, threshold: 80, timing: 'BY_YEAR', dueYear: 2020,
      milestones: [{ year: 2019, threshold: 60 }, { year: 2018, threshold: 40 }, { year: null, threshold: 50 }],
    } as const;
    expect(say(shape, vi)).toBe('Lộ trình: 2018 đạt 40 %, 2019 đạt 60 %; năm 2020 đạt 80 %');
    expect(say(shape, en)).toBe('Path: 40% in 2018, 60% in 2019; 80% in 2020');
  });

  it('should say how many units are given allocations of their own', () => {
    expect(say({ allocatedUnits: 16 }, vi)).toBe('Đạt ít nhất 3 hằng năm · Giao chỉ tiêu cho 16 đơn vị');
    expect(say({ allocatedUnits: 16 }, en)).toBe('At least 3 every year · Allocated to 16 units');
    expect(say({ allocatedUnits: 1200 }, vi)).toBe('Đạt ít nhất 3 hằng năm · Giao chỉ tiêu cho 1.200 đơn vị');
    expect(say({ allocatedUnits: 0 }, vi)).toBe('Đạt ít nhất 3 hằng năm');
    expect(say({ allocatedUnits: 3, threshold: null }, vi)).toBeNull();
  });

  it('should give no sentence without a threshold', () => {
    expect(say({ threshold: null }, vi)).toBeNull();
    expect(say({ threshold: null }, en)).toBeNull();
  });

  it('should say a negative change or growth as a fall by its size', () => {
    const fall = { direction: 'AT_MOST', measure: 'CHANGE_PERCENT', threshold: -10, timing: 'BY_YEAR', dueYear: 2025, baselineYear: 2020 } as const;
    expect(say(fall, vi)).toBe('Giảm ít nhất 10 % so với năm 2020 vào năm 2025');
    expect(say(fall, en)).toBe('Down at least 10% from 2020 by 2025');
    expect(say({ ...fall, direction: 'AT_LEAST' }, vi)).toBe('Giảm không quá 10 % so với năm 2020 vào năm 2025');
    expect(say({ ...fall, measure: 'CHANGE_ABSOLUTE', threshold: -50 }, vi)).toBe('Giảm ít nhất 50 so với năm 2020 vào năm 2025');
    const growth = { direction: 'AT_LEAST', measure: 'AVERAGE_GROWTH', threshold: -2, timing: 'BY_YEAR', dueYear: 2025, baselineYear: 2020 } as const;
    expect(say(growth, vi)).toBe('Giảm bình quân không quá 2 %/năm so với năm 2020 đến năm 2025');
    expect(say(growth, en)).toBe('Average fall of at most 2% a year from 2020 to 2025');
    // A rise keeps the words it had; a level is never negative, so it never "falls".
    expect(say({ ...fall, threshold: 20, direction: 'AT_LEAST' }, vi)).toBe('Tăng 20 % so với năm 2020 vào năm 2025');
  });

  it('should say a saved target, the staff\'s or the public one, in the words of the form', () => {
    const saved = {
      aggregation: 'SUM', direction: 'AT_LEAST', measure: 'CHANGE_PERCENT', threshold: 20, thresholdHigh: null,
      timing: 'BY_YEAR', dueYear: 2025, baseline: { year: 2020, value: null }, milestones: [],
    } as const;
    expect(targetSentence(savedShape(saved, 2021), vi)?.replace(/\u00a0/g, ' ')).toBe('Tăng 20 % so với năm 2020 vào năm 2025');
    const path = { ...saved, aggregation: 'RATIO_OF_SUMS', measure: 'LEVEL', threshold: 80, baseline: null,
      milestones: [{ year: 2024, threshold: 60, thresholdHigh: null }, { year: 2023, threshold: 40 }] } as const;
    expect(savedShape(path, 2021)).toMatchObject({ percent: true, firstYear: 2021, baselineYear: null });
    expect(targetSentence(savedShape(path, 2021), en)).toBe('Path: 40% in 2023, 60% in 2024; 80% in 2025');
  });
});