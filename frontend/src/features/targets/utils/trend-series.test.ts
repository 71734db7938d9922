import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/i18n';
import { kindLines, levelNeeded } from './trend-series';

const vi = { t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params) };
const format = (v: number) => String(v);
const period = (year: number, over: Record<string, unknown> = {}) => ({ year, noData: false, figure: 1, ...over });

describe('the lines of the trend chart for each kind of target', () => {
  it('should work out the level a change or a growth asks for from the baseline', () => {
    const baseline = { year: 2020, value: 100 };
    expect(levelNeeded('CHANGE_PERCENT', 10, baseline, 2022)).toBe(110);
    expect(levelNeeded('CHANGE_ABSOLUTE', 15, baseline, 2022)).toBe(115);
    expect(levelNeeded('AVERAGE_GROWTH', 8, baseline, 2022)).toBe(116.64);
    expect(levelNeeded('AVERAGE_GROWTH', 8, baseline, 2020)).toBeNull();
    expect(levelNeeded('AVERAGE_GROWTH', 8, { year: 2020, value: null }, 2022)).toBeNull();
  });

  it('should draw the milestone path from the threshold in force each year', () => {
    const lines = kindLines(
      {
        percentage: true, threshold: 80, dueYear: 2020, measure: 'LEVEL', direction: 'AT_LEAST',
        periods: [period(2017, { threshold: null }), period(2018, { threshold: 40 }), period(2019, { threshold: 60 }), period(2020, { threshold: 80 })],
      },
      vi,
      format,
    );
    expect(lines).toEqual([{ name: 'Ngưỡng từng năm (lộ trình)', role: 'low', data: [null, 40, 60, 80] }]);
  });

  it('should draw both ends of a band', () => {
    const lines = kindLines({ percentage: true, threshold: 95, thresholdHigh: 100, dueYear: null, direction: 'BETWEEN', periods: [period(2016), period(2017)] }, vi, format);
    expect(lines.map((l) => [l.role, l.data])).toEqual([['low', [95, 95]], ['high', [100, 100]]]);
  });

  it('should draw the running sum and the straight pace to the due year', () => {
    const lines = kindLines(
      {
        percentage: false, threshold: 20, dueYear: 2020, measure: 'CUMULATIVE', direction: 'AT_LEAST',
        periods: [2016, 2017, 2018, 2019, 2020].map((y, i) => period(y, { compared: i < 3 ? [3, 8, 12][i] : null })),
      },
      vi,
      format,
    );
    expect(lines.map((l) => l.role)).toEqual(['low', 'runningSum', 'pace']);
    expect(lines[1]?.data).toEqual([3, 8, 12, null, null]);
    expect(lines[2]?.data).toEqual([4, 8, 12, 16, 20]);
  });
});
