import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { TargetProgress } from '@/lib/api';
import { ProgressBand } from './progress-band';

function period(year: number, figure: number | null, met: boolean | null) {
  return {
    period: String(year), year, figure, noData: figure === null, noDataReason: figure === null ? 'NO_REPORTS' : null, met, provisional: false,
    numerator: null, denominator: null, expectedUnits: 16, reportedUnits: 16, missingUnits: 0, meetingUnits: null, inProgress: false,
    reportsDue: `${year + 1}-01-31`, compared: figure, units: null,
  } as TargetProgress['periods'][number];
}

const T1A = {
  targetId: 1, targetCode: 'T1A', indicatorCode: 'ECON_OFFICER_TRAINING', statementVi: '', statementEn: '',
  aggregation: 'RATIO_OF_SUMS', valueKind: 'RATIO', percentage: true, unitVi: 'người', unitEn: 'people', threshold: 100,
  direction: 'AT_LEAST', thresholdHigh: null, measure: 'LEVEL', pace: null, unitThreshold: 100, timing: 'BY_YEAR', dueYear: 2020, status: 'ON_TRACK', statusReason: 'PROJECTION_MEETS', provisional: false,
  yearsMet: 0, yearsWithData: 3, latestYear: 2018, latestFigure: 87.5, projection: null,
  periods: [period(2016, 50, false), period(2017, 70, false), period(2018, 87.5, false), period(2019, null, null)],
} as TargetProgress;

describe('a target\'s progress', () => {
  it('should state its status in words and its latest figure, with the trend as a labelled image', () => {
    renderWithProviders(<ProgressBand progress={T1A} />);
    expect(screen.getByText('Đúng tiến độ')).toBeTruthy();
    // (Testing Library folds the no-break space into a plain one.)
    expect(screen.getByText('87,5 %')).toBeTruthy();
    expect(screen.getByText('năm 2018')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Diễn biến theo năm: 2016: 50,0\u00a0%, 2017: 70,0\u00a0%, 2018: 87,5\u00a0%, 2019: chưa có. Ngưỡng: 100,0\u00a0%',
    );
  });
});
