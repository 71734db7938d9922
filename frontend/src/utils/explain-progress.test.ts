import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '@/i18n/format';
import { translate } from '@/i18n/i18n';
import { RATIO } from '@/testing/fixtures';
import type { TargetProgress } from '@/lib/api';
import { describeBasis, explainFigure, explainKind, explainStatusReason, explainStatusRule } from './explain-progress';

const i18n = (lang: 'vi' | 'en') => ({
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params),
  pick: (v: string | null | undefined, e: string | null | undefined) => (lang === 'vi' ? v : e) ?? '',
  number: (v: number | string, d?: number) => formatNumber(v, lang, d),
  percent: (v: number, d?: number) => formatPercent(v, lang, d),
});

const T1A = {
  targetId: 1, targetCode: 'T1A', indicatorCode: 'ECON_OFFICER_TRAINING', statementVi: '', statementEn: '', aggregation: 'RATIO_OF_SUMS',
  valueKind: 'RATIO', percentage: true, unitVi: '%', unitEn: '%', threshold: 100, direction: 'AT_LEAST', thresholdHigh: null, measure: 'LEVEL', pace: null, baseline: null, milestones: [],
  unitThreshold: 100, timing: 'BY_YEAR', dueYear: 2020,
  status: 'AT_RISK', statusReason: 'PROJECTION_NEAR', provisional: false, yearsMet: 0, yearsWithData: 3, latestYear: 2018, latestFigure: 87.5,
  projection: { dueYear: 2020, projectedValue: 93.25, slopePerYear: 8, direction: 'UP', basedOnYears: 3 }, periods: [],
} as TargetProgress;

const period = {
  period: '2018', year: 2018, figure: 87.5, noData: false, noDataReason: null, met: false, provisional: false, numerator: 35, denominator: 40,
  expectedUnits: 16, reportedUnits: 16, missingUnits: 0, meetingUnits: 9, inProgress: false, reportsDue: '2019-01-31', compared: 87.5,
  units: null,
} as TargetProgress['periods'][number];

describe('explaining a target', () => {
  it('should say the figure is a ratio of sums, with the indicator\'s own words', () => {
    expect(explainFigure(T1A, RATIO, i18n('vi'))).toContain('tổng “Số cán bộ đã được bồi dưỡng” của mọi đơn vị ÷ tổng “Tổng số cán bộ” × 100');
    expect(explainFigure(T1A, RATIO, i18n('en'))).toContain('the sum of “Officers trained” over all units ÷ the sum of “Officers in post” × 100');
  });

  it('should say a share of units meeting a yes/no question counts a missing report as not meeting', () => {
    const T2 = { ...T1A, aggregation: 'SHARE_OF_UNITS_MEETING', valueKind: 'BOOLEAN', unitThreshold: 1 } as TargetProgress;
    expect(explainFigure(T2, undefined, i18n('vi'))).toBe(
      'Mỗi năm, số liệu toàn quận = số đơn vị đạt ÷ số đơn vị phải báo cáo × 100. Một đơn vị đạt khi trả lời “Có”. Đơn vị chưa có báo cáo được tính bị xem là chưa đạt.',
    );
    expect(describeBasis(T2, period, i18n('vi'))).toBe('9/16 đơn vị đạt');
  });

  it('should give the rule of a by-year target and why it stands where it does', () => {
    expect(explainStatusRule(T1A, i18n('vi'))).toContain('phải đạt 100,0\u00a0% đến năm 2020');
    expect(explainStatusReason(T1A, i18n('vi'))).toBe(
      'Theo xu hướng, năm 2020 đạt khoảng 93,3\u00a0%: từ 90 % ngưỡng trở lên nhưng chưa tới 100,0\u00a0%.',
    );
    expect(explainStatusReason(T1A, i18n('en'))).toBe('Along the trend, 2020 reaches about 93.3%: at least 90% of the threshold, but short of 100.0%.');
    expect(describeBasis(T1A, period, i18n('vi'))).toBe('35/40');
  });
});

describe('explaining the new kinds of target', () => {
  const say = (progress: Parameters<typeof explainKind>[0], lang: 'vi' | 'en') => explainKind(progress, i18n(lang)).map((s) => s.replace(/\u00a0/g, ' '));
  const years = (...ys: number[]) => ys.map((year) => ({ year, threshold: null, thresholdHigh: null, inProgress: false }));

  it('should say nothing more for a plain at-least level', () => {
    expect(say({ ...T1A, periods: years(2016, 2017) }, 'vi')).toEqual([]);
  });

  it('should state the at-most rule and the band', () => {
    expect(say({ ...T1A, direction: 'AT_MOST', threshold: 0.5, periods: [] }, 'vi')).toEqual([
      'Chiều “không vượt quá”: một năm đạt khi số liệu được so sánh nhỏ hơn hoặc bằng 0,5 %; càng thấp càng tốt.',
    ]);
    expect(say({ ...T1A, direction: 'BETWEEN', threshold: 95, thresholdHigh: 100, periods: [] }, 'en')).toEqual([
      'Within a band: a year meets the target when the compared figure is between 95.0% and 100.0%, both ends included.',
    ]);
  });

  it('should state the running sum and its pace from the plan\'s first year', () => {
    const [sentence] = say({ percentage: false, threshold: 20, dueYear: 2020, measure: 'CUMULATIVE', direction: 'AT_LEAST', periods: years(2016, 2017) }, 'vi');
    expect(sentence).toMatch(/^Cộng dồn: mỗi năm cộng số liệu các năm từ 2016 đến năm đó rồi so với ngưỡng 20 của năm 2020\./);
  });

  it('should state a change or a growth with where its baseline comes from', () => {
    const growth = { percentage: false, threshold: 8, dueYear: null, measure: 'AVERAGE_GROWTH', direction: 'AT_LEAST', periods: [] } as const;
    expect(say({ ...growth, baseline: { year: 2015, value: 1200, fromData: false } }, 'vi')[0]).toMatch(
      /^Tăng bình quân mỗi năm so với năm gốc 2015: .* Số liệu gốc năm 2015: 1\.200 \(nhập khi lập mục tiêu\)\.$/,
    );
    expect(say({ ...growth, measure: 'CHANGE_PERCENT', baseline: { year: 2016, value: null, fromData: true } }, 'en')).toEqual([
      'Change from the baseline year 2016: each year takes (figure − baseline) ÷ baseline × 100 and compares it with the threshold. The baseline is the approved figure of 2016, which that year does not have yet, so no change can be computed.',
    ]);
  });

  it('should list the milestones from the thresholds in force, and note a year in progress', () => {
    const periods = [
      { year: 2017, threshold: null, thresholdHigh: null, inProgress: false },
      { year: 2018, threshold: 40, thresholdHigh: null, inProgress: false },
      { year: 2019, threshold: 60, thresholdHigh: null, inProgress: false },
      { year: 2020, threshold: 80, thresholdHigh: null, inProgress: true },
    ];
    const sentences = say({ ...T1A, threshold: 80, dueYear: 2020, periods }, 'vi');
    expect(sentences[0]).toBe(
      'Lộ trình: năm có mốc được so với ngưỡng của mốc (2018 đạt 40,0 %, 2019 đạt 60,0 %), năm 2020 với mục tiêu cuối. Tình trạng dựa trên năm có mốc gần nhất đã có số liệu và xu hướng đến mục tiêu cuối.',
    );
    expect(sentences[1]).toMatch(/^Năm đang thực hiện/);
  });
});
