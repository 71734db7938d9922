import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ImportSummary } from '../api/import-data-values';
import { ImportSummaryView } from './import-summary';

const DRY_RUN: ImportSummary = {
  responseType: 'ImportSummary',
  status: 'ERROR',
  description: 'Kiểm tra thử: đã đọc 7 dòng; không có gì được lưu.',
  dryRun: true,
  atomic: true,
  importStrategy: 'CREATE_AND_UPDATE',
  importCount: { imported: 0, updated: 0, ignored: 7, deleted: 0 },
  conflicts: [
    { object: '2.5', value: 'Giá trị 2.5 không phải số nguyên.', errorCode: 'E7623', property: 'value', indexes: [6] },
    { object: 'P02', value: 'Tài khoản không được nhập số liệu cho đơn vị P02.', errorCode: 'E7617', property: 'orgUnit', indexes: [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14] },
  ],
};

describe('an import summary', () => {
  it('should say a dry run stored nothing and show what would happen', () => {
    renderWithProviders(<ImportSummaryView summary={DRY_RUN} format="csv" csvLines={[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]} />);
    expect(screen.getByRole('heading', { name: 'Kết quả kiểm tra thử' })).toBeTruthy();
    expect(screen.getByText('Có lỗi')).toBeTruthy();
    expect(screen.getByText(/chưa có gì được lưu/)).toBeTruthy();
    expect(screen.getByText('Sẽ thêm mới')).toBeTruthy();
    expect(screen.getByText('Sẽ cập nhật')).toBeTruthy();
    expect(screen.getByText('Bỏ qua (kể cả dòng bị từ chối)').nextElementSibling?.textContent).toBe('7');
  });

  it('should list refused rows with their file lines, what was refused, why and the error code', () => {
    renderWithProviders(<ImportSummaryView summary={DRY_RUN} format="csv" csvLines={[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]} />);
    const table = screen.getByRole('table', { name: 'Các dòng bị từ chối (15)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Dòng trong tệp',
      'Nội dung bị từ chối',
      'Lý do',
      'Mã lỗi',
    ]);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      '8',
      '2.5 (value)',
      'Giá trị 2.5 không phải số nguyên.',
      'E7623',
    ]);
    // A long list is cut, saying how many more.
    expect(within(second!).getAllByRole('cell')[0]!.textContent).toBe('2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14 và 2 dòng khác');
    expect(screen.getByText(/dòng tiêu đề, nếu có, là dòng 1/)).toBeTruthy();
  });

  it('should report what an import did, in English too', () => {
    renderWithProviders(
      <ImportSummaryView
        summary={{ ...DRY_RUN, dryRun: false, status: 'SUCCESS', description: '7 rows read.', conflicts: [], importCount: { imported: 5, updated: 2, ignored: 0, deleted: 0 } }}
        format="xlsx"
        replayed
      />,
      { language: 'en' },
    );
    expect(screen.getByRole('heading', { name: 'Import result' })).toBeTruthy();
    expect(screen.getByText('Done')).toBeTruthy();
    expect(screen.getByText('Added').nextElementSibling?.textContent).toBe('5');
    expect(screen.getByText('Updated').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByText(/already been done/)).toBeTruthy();
    expect(screen.queryByText(/dry run/i)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
