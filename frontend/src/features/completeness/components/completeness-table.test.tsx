import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { CompletenessMatrix } from '../api/get-completeness-matrix';
import { CompletenessTable } from './completeness-table';

const MATRIX: CompletenessMatrix = {
  planCode: 'D11-STI-2016-2020', from: 2019, to: 2020, type: null, currentYear: 2026, generatedAt: '2026-01-01T00:00:00Z',
  periods: [
    { period: '2019', dueDate: '2020-01-31', expectedUnits: 2, receivedUnits: 2, approvedUnits: 1, lateUnits: 1 },
    { period: '2020', dueDate: '2021-01-31', expectedUnits: 1, receivedUnits: 0, approvedUnits: 0, lateUnits: 1 },
  ],
  units: [
    {
      orgUnitCode: 'P01', nameVi: 'Phường 1', nameEn: 'Ward 1', type: 'WARD', active: true,
      cells: [
        { period: '2019', status: 'APPROVED', late: true, submissionId: 113, lastChangedAt: null },
        { period: '2020', status: 'MISSING', late: true, submissionId: null, lastChangedAt: null },
      ],
    },
    {
      orgUnitCode: 'THCS-LGIA', nameVi: 'Trường THCS Lữ Gia', nameEn: 'Lu Gia School', type: 'SCHOOL', active: false,
      cells: [
        { period: '2019', status: 'SUBMITTED', late: false, submissionId: 120, lastChangedAt: null },
        { period: '2020', status: 'NOT_EXPECTED', late: false, submissionId: null, lastChangedAt: null },
      ],
    },
  ],
};

describe('the completeness matrix', () => {
  it('should state each cell in words, mark late ones, group units by type and total each year', () => {
    renderWithProviders(<CompletenessTable matrix={MATRIX} linkTo={(_, cell) => `/review/${cell.submissionId}`} />);
    const ward = screen.getByRole('row', { name: /Phường 1/ });
    const cells = within(ward).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('✓Đã duyệt◷ trễ hạn');
    expect(within(cells[0]!).getByRole('link').getAttribute('href')).toBe('/review/113');
    expect(cells[1]!.textContent).toBe('✕Chưa nộp◷ trễ hạn');
    expect(within(cells[1]!).queryByRole('link')).toBeNull();
    const school = screen.getByRole('row', { name: /Lữ Gia/ });
    expect(school.textContent).toContain('Ngừng hoạt động');
    expect(within(school).getAllByRole('cell')[1]!.textContent).toBe('–Không phải nộp');
    expect(screen.getByRole('columnheader', { name: /2019/ }).textContent).toContain('hạn 31/01/2020');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toContain('Trễ hạn');
    const late = screen.getByRole('row', { name: /^Trễ hạn/ });
    expect(within(late).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1']);
    expect(screen.getByRole('columnheader', { name: /Phường \(1\)/ })).toBeTruthy();
  });
});
