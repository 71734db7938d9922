import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { ALL_INDICATORS, orgUnit } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { ExchangeRoute } from './exchange';

const PLAN = { id: 1, code: 'D11-STI-2016-2020', titleVi: 'Kế hoạch KH&CN Quận 11', titleEn: 'District 11 S&T plan', firstYear: 2016, lastYear: 2020 };
const PERIODS = [2016, 2017, 2018, 2019, 2020].map((y) => ({
  code: String(y), type: 'YEARLY', startDate: `${y}-01-01`, endDate: `${y}-12-31`, nameVi: `Năm ${y}`, nameEn: String(y),
}));
const UNITS = [orgUnit('D11', 'DISTRICT', { parentCode: null }), orgUnit('P01', 'WARD', { nameVi: 'Phường 1' }), orgUnit('P02', 'WARD', { nameVi: 'Phường 2' })];
const ME = {
  reporter: { name: 'phuong1', roles: ['REPORTER', 'VIEWER'], unitCodes: ['P01'], user: null },
  reviewer: { name: 'reviewer', roles: ['REVIEWER', 'VIEWER', 'READER'], unitCodes: [], user: null },
  viewer: { name: 'viewer', roles: ['VIEWER'], unitCodes: [], user: null },
};

function serve(me: (typeof ME)[keyof typeof ME]) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      switch (url.pathname) {
        case '/api/v1/session':
          return jsonResponse(200, me, false);
        case '/api/v1/plans':
          return jsonResponse(200, { items: [PLAN], page: 1, size: 500, total: 1 }, false);
        case '/api/v1/periods':
          return jsonResponse(200, { items: PERIODS, page: 1, size: 500, total: 5 }, false);
        case '/api/v1/org-units':
          return jsonResponse(200, { items: UNITS, page: 1, size: 500, total: UNITS.length }, false);
        case '/api/v1/indicators':
          return jsonResponse(200, { items: ALL_INDICATORS, page: 1, size: 500, total: ALL_INDICATORS.length }, false);
        case '/api/v1/dataValueSets/template':
          return new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
            status: 200,
            headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="mau_D11-STI-2016-2020_2020.xlsx"' },
          });
        default:
          return jsonResponse(404, { status: 404, title: 'Not found' });
      }
    }),
  );
  return requests;
}

beforeEach(() => setSession({ token: 'test-token', expiresAt: null }));
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('the import/export screen', () => {
  it('should give a ward officer the template of their ward and the import, not the export', async () => {
    const requests = serve(ME.reporter);
    const createObjectURL = vi.fn(() => 'blob:template');
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithProviders(<ExchangeRoute />);

    expect(await screen.findByRole('heading', { name: 'Tải biểu mẫu Excel' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nhập số liệu từ tệp' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Xuất số liệu' })).toBeNull();
    expect(screen.getByText('Biểu mẫu cho đơn vị của bạn: Phường 1.')).toBeTruthy();
    expect(screen.getByText(/chỉ nhập được số liệu của: Phường 1/)).toBeTruthy();
    // The mapping of a RATIO to two data elements, from the plan's indicators.
    expect(screen.getAllByText('ECON_OFFICER_TRAINED').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /Swagger UI/ }).getAttribute('href')).toBe('/q/swagger-ui');
    // The last year of a plan that is over.
    expect((screen.getByLabelText(/Kỳ báo cáo/) as HTMLSelectElement).value).toBe('2020');

    await user.click(screen.getByRole('button', { name: /Tải biểu mẫu/ }));
    await waitFor(() => expect(screen.getByText(/Đã tải xuống tệp mau_D11-STI-2016-2020_2020\.xlsx\./)).toBeTruthy());
    const template = requests.find((u) => u.pathname === '/api/v1/dataValueSets/template')!;
    expect(Object.fromEntries(template.searchParams)).toEqual({ plan: 'D11-STI-2016-2020', period: '2020', orgUnits: 'P01' });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
    delete (URL as Partial<typeof URL>).createObjectURL;
    delete (URL as Partial<typeof URL>).revokeObjectURL;
  });

  it('should give a reviewer the template and the export, not the import', async () => {
    serve(ME.reviewer);
    renderWithProviders(<ExchangeRoute />);
    expect(await screen.findByRole('heading', { name: 'Xuất số liệu' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tải biểu mẫu Excel' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Nhập số liệu từ tệp' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Mọi đơn vị phải báo cáo trong kỳ' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeTruthy();
  });

  it('should tell a viewer the screen is not for them', async () => {
    serve(ME.viewer);
    renderWithProviders(<ExchangeRoute />);
    expect(await screen.findByText('Bạn không có quyền xem trang này')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tải biểu mẫu Excel' })).toBeNull();
  });
});
