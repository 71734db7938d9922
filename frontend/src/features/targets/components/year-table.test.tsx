import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { YearTable } from './year-table';

const row = (year: number, over: Record<string, unknown> = {}) => ({
  period: String(year), figure: 4, noData: false, noDataReason: null, met: true, numerator: null, denominator: null,
  meetingUnits: null, expectedUnits: 16, reportedUnits: 16, inProgress: false, compared: 4, comparedNoDataReason: null,
  threshold: 20, thresholdHigh: null, yearOnYearGrowth: null, ...over,
});
const cells = (year: number) =>
  within(document.querySelector(`tr[data-year="${year}"]`) as HTMLElement).getAllByRole('cell').map((c) => c.textContent?.replace(/\u00a0/g, ' '));

describe('the year table of the new target kinds', () => {
  it('should show the running sum of a cumulative target and mark the year in progress with its units reported', async () => {
    renderWithProviders(
      <YearTable
        target={{
          percentage: false, aggregation: 'SUM', threshold: 20, measure: 'CUMULATIVE', direction: 'AT_LEAST', thresholdHigh: null,
          periods: [row(2016, { figure: 4, compared: 4, met: null }), row(2017, { figure: 6, compared: 10, met: null, inProgress: true, reportedUnits: 9 })],
        }}
      />,
    );
    expect(await screen.findByRole('columnheader', { name: 'Cộng dồn từ năm đầu' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Ngưỡng của năm' })).toBeNull();
    expect(cells(2017).slice(0, 2)).toEqual(['6 (đang thực hiện, 9/16 đơn vị đã báo cáo)', '10']);
  });

  it('should show the threshold in force each year of a milestone path, and the growth of a growth target', async () => {
    const { unmount } = renderWithProviders(
      <YearTable
        target={{
          percentage: true, aggregation: 'RATIO_OF_SUMS', threshold: 80, measure: 'LEVEL', direction: 'AT_LEAST', thresholdHigh: null,
          periods: [row(2018, { figure: 45, compared: 45, threshold: 40 }), row(2020, { figure: 70, compared: 70, threshold: 80, met: false })],
        }}
      />,
    );
    expect(await screen.findByRole('columnheader', { name: 'Ngưỡng của năm' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Cộng dồn|Mức tăng/ })).toBeNull();
    expect(cells(2018)[1]).toBe('≥ 40,0 %');
    expect(cells(2020)[1]).toBe('≥ 80,0 %');
    unmount();

    renderWithProviders(
      <YearTable
        target={{
          percentage: false, aggregation: 'SUM', threshold: 8, measure: 'AVERAGE_GROWTH', direction: 'AT_LEAST', thresholdHigh: null,
          periods: [row(2016, { figure: 110, compared: 10, yearOnYearGrowth: 10, threshold: 8 }), row(2017, { figure: 100, compared: null, comparedNoDataReason: 'BASELINE_ZERO', yearOnYearGrowth: -9.0909, threshold: 8 })],
        }}
      />,
    );
    expect(await screen.findByRole('columnheader', { name: 'Tăng bình quân mỗi năm' })).toBeTruthy();
    expect(cells(2016).slice(1, 3)).toEqual(['10,00 %', '10,00 %']);
    expect(cells(2017).slice(1, 3)).toEqual(['— · số liệu gốc bằng 0 nên không tính được mức thay đổi', '-9,09 %']);
  });

  it('should open the months of a rolled-up year on demand', async () => {
    const user = userEvent.setup();
    const month = (m: number, figure: number | null) => ({
      period: `2020-${String(m).padStart(2, '0')}`, figure, noData: figure === null, noDataReason: figure === null ? 'NO_REPORTS' : null, reportedUnits: figure === null ? 0 : 3, expectedUnits: 3,
    });
    renderWithProviders(
      <YearTable
        target={{
          percentage: false, aggregation: 'SUM', threshold: 100, measure: 'LEVEL', direction: 'AT_LEAST', thresholdHigh: null,
          periods: [row(2020, { figure: 120, compared: 120, threshold: 100, subPeriods: [month(1, 10), month(2, null)] })],
        }}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Xem 2 kỳ' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('row', { name: /2020-01/ })).toBeNull();
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Ẩn 2 kỳ' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('row', { name: /2020-01/ }).textContent).toContain('3/3');
    expect(screen.getByRole('row', { name: /2020-02/ }).textContent).toContain('chưa có báo cáo nào được tính');
  });

  it('should show each year\'s sum of the allocations and the units meeting their own allocation', async () => {
    renderWithProviders(
      <YearTable
        target={{
          percentage: false, aggregation: 'SUM', threshold: 10, measure: 'LEVEL', direction: 'AT_LEAST', thresholdHigh: null,
          periods: [
            row(2016, { figure: 9, compared: 9, threshold: 8, allocations: { allocatedUnits: 3, meetingUnits: 2, share: 66.6667, sum: 8, sumHigh: null } }),
            row(2017, { figure: null, noData: true, noDataReason: 'NO_REPORTS', met: null, threshold: 12, allocations: { allocatedUnits: 1200, meetingUnits: 0, share: null, sum: 12, sumHigh: null } }),
          ],
        }}
      />,
    );
    expect(await screen.findByRole('columnheader', { name: 'Đơn vị đạt chỉ tiêu giao' })).toBeTruthy();
    expect(cells(2016).slice(1)).toEqual(['≥ 8', '✓ Đạt', '2/3 đơn vị (66,67 %)', '—', '16/16']);
    expect(cells(2017)[3]).toBe('0/1.200 đơn vị');
  });
});
