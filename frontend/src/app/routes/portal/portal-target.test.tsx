import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUBLIC_TARGET_PAGE } from '@/testing/public-fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { PortalTargetRoute } from './portal-target';

// The charts are echarts (drawn in a real browser by the e2e); here their place is enough.
vi.mock('@/features/targets/components/trend-chart', () => ({ default: () => <div data-testid="trend-chart-drawn" /> }));
vi.mock('@/components/charts/units-chart', () => ({ default: () => <div data-testid="units-chart-drawn" /> }));
vi.mock('@/components/charts/units-map', () => ({
  default: ({ units }: { units: { code: string; status: string; text: string }[] }) => (
    <div data-testid="units-map-drawn">{units.map((u) => `${u.code}:${u.status}:${u.text}`).join(' ')}</div>
  ),
}));

const ROUTE = '/portal/D11-STI-2016-2020/targets/T1A';
const PATH = '/portal/:code/targets/:targetCode';
let fetch: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

beforeEach(() => {
  fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/public/visits') return jsonResponse(200, { counted: true, portalVisits: 1234, pageViews: 56 }, false);
    if (path === '/api/v1/public/plans/D11-STI-2016-2020/targets/T1A') return jsonResponse(200, PUBLIC_TARGET_PAGE, false);
    return jsonResponse(404, { status: 404, code: 'not-found', title: 'Không tìm thấy' });
  });
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe('a target\'s public page', () => {
  it('should show the status and why, the figures, how they are computed, the date, the CSV, the source and the counters', async () => {
    renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('100% cán bộ phụ trách kinh tế phường');
    expect(screen.getByTestId('target-status').textContent).toContain('Có nguy cơ không đạt');
    expect(screen.getByTestId('status-reason').textContent).toBe(
      'Theo xu hướng, năm 2020 đạt khoảng 93,8\u00a0%: từ 90 % ngưỡng trở lên nhưng chưa tới 100,0\u00a0%.',
    );
    expect(screen.getByTestId('explanation').textContent).toContain('Chỉ tính các báo cáo đã được quận duyệt');
    expect(screen.getByTestId('target-last-approved').textContent).toBe('Số liệu được duyệt gần nhất: 10/02/2020');
    expect(screen.getByTestId('csv-link').getAttribute('href')).toBe('/api/v1/public/plans/D11-STI-2016-2020/targets/T1A/data.csv');
    // No public address for the source document: the text stored with the plan, in a new tab.
    const source = screen.getByRole('link', { name: /^Văn bản gốc/ });
    expect(source.getAttribute('href')).toBe('/api/v1/public/plans/D11-STI-2016-2020/source');
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('rel')).toBe('noopener');
    expect(source.textContent).toBe('Văn bản gốc (bản lưu trên cổng) (mở trong thẻ mới)');
    expect(screen.getByText('Dữ liệu minh hoạ')).toBeTruthy();
    expect(await screen.findByTestId('trend-chart-drawn')).toBeTruthy();

    // The chart's figures in words: one row per year, "no figure" for the year to come.
    const years = within(screen.getByRole('table', { name: 'Số liệu toàn quận theo năm' }));
    expect(years.getByRole('rowheader', { name: '2019' }).closest('tr')!.textContent).toContain('87,5\u00a0%');
    expect(years.getByRole('rowheader', { name: '2019' }).closest('tr')!.textContent).toContain('7/8');
    expect(years.getByRole('rowheader', { name: '2020' }).closest('tr')!.textContent).toContain('Chưa có số liệu');

    await waitFor(() => expect(screen.getByTestId('visit-counter').textContent).toContain('Lượt truy cập cổng: 1.234 · Lượt xem trang: 56'));
    const visits = fetch.mock.calls.map(([r]) => r).filter((r) => new URL(r.url).pathname === '/api/v1/public/visits');
    expect(visits).toHaveLength(1);
    expect(await visits[0]!.json()).toEqual({ page: 'target:T1A', plan: 'D11-STI-2016-2020' });
  });

  it('should compare the units of the latest year in a table sortable by value', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    const table = await screen.findByRole('table', { name: 'Số liệu từng đơn vị năm 2019' });
    const names = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toEqual(['Phường 2', 'Phường 10']);
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('100,0\u00a0%');
    await user.click(within(table).getByRole('button', { name: /Tỷ lệ/ }));
    expect(names()).toEqual(['Phường 2', 'Phường 10']);
    expect(within(table).getByRole('columnheader', { name: /Tỷ lệ/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(within(table).getByRole('button', { name: /Tỷ lệ/ }));
    expect(names()).toEqual(['Phường 10', 'Phường 2']);

    // A year without approved figures says so for every unit.
    await user.selectOptions(screen.getByLabelText('Năm'), '2020');
    const empty = screen.getByRole('table', { name: 'Số liệu từng đơn vị năm 2020' });
    expect(within(empty).getAllByText('chưa có')).toHaveLength(2);
  });

  it('should speak English when asked', async () => {
    renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH, language: 'en' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('100% of ward officials');
    expect(screen.getByTestId('target-last-approved').textContent).toBe('Latest approved data: 10/02/2020');
    expect(screen.getByTestId('explanation').textContent).toContain('Only reports approved by the district count.');
    expect(screen.getByRole('link', { name: /^Source document/ }).textContent).toBe('Source document (copy kept on the portal) (opens in a new tab)');
    await waitFor(() => expect(screen.getByTestId('visit-counter').textContent).toContain('Portal visits: 1,234 · Page views: 56'));
  });

  it('should say plainly that a target does not exist', async () => {
    renderWithProviders(<PortalTargetRoute />, { route: '/portal/D11-STI-2016-2020/targets/T9', path: PATH });
    expect(await screen.findByText('Không có mục tiêu T9 trong kế hoạch này.')).toBeTruthy();
  });

  it('should say a change target and a milestone target in the words of the staff\'s target page', async () => {
    const serve = (target: Partial<typeof PUBLIC_TARGET_PAGE.target>) =>
      fetch.mockImplementation(async (request: Request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/public/visits') return jsonResponse(200, { counted: true, portalVisits: 1, pageViews: 1 }, false);
        return jsonResponse(200, { ...PUBLIC_TARGET_PAGE, target: { ...PUBLIC_TARGET_PAGE.target, ...target } }, false);
      });
    const sentence = async () => (await screen.findByTestId('target-sentence')).textContent?.replace(/\u00a0/g, ' ');
    serve({ aggregation: 'SUM', percentage: false, measure: 'CHANGE_PERCENT', threshold: 20, baseline: { year: 2016, value: 40, fromData: false } });
    const { unmount } = renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    expect(await sentence()).toBe('Tăng 20 % so với năm 2016 vào năm 2020');
    unmount();
    serve({ threshold: 100, milestones: [{ year: 2018, threshold: 60, thresholdHigh: null }, { year: 2019, threshold: 80, thresholdHigh: null }] });
    renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    expect(await sentence()).toBe('Lộ trình: 2018 đạt 60 %, 2019 đạt 80 %; năm 2020 đạt 100 %');
  });

  it('should draw the units with a shape on a map coloured by status, and no map when none has one', async () => {
    const square = { type: 'Polygon', coordinates: [[[106.64, 10.75], [106.65, 10.75], [106.65, 10.76], [106.64, 10.76], [106.64, 10.75]]] };
    const serve = (features: unknown[]) =>
      fetch.mockImplementation(async (request: Request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/public/visits') return jsonResponse(200, { counted: true, portalVisits: 1, pageViews: 1 }, false);
        if (path.endsWith('/boundaries')) return jsonResponse(200, { type: 'FeatureCollection', features }, false);
        return jsonResponse(200, PUBLIC_TARGET_PAGE, false);
      });
    serve([{ type: 'Feature', properties: { code: 'P02', nameVi: 'Phường 2', nameEn: 'Ward 2' }, geometry: square }]);
    const { unmount } = renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    // 2019, the latest year: P02 reported 100,0 % and the target sets no per-unit threshold, so it "has a figure".
    expect((await screen.findByTestId('units-map-drawn')).textContent?.replace(/\u00a0/g, ' ')).toBe('P02:value:100,0 %');
    const map = screen.getByTestId('units-map');
    expect(within(map).getByText('Có số liệu')).toBeTruthy();
    expect(map.textContent).toContain('1 trên 2 đơn vị có ranh giới');
    unmount();
    serve([]);
    renderWithProviders(<PortalTargetRoute />, { route: ROUTE, path: PATH });
    await screen.findByTestId('year-summary');
    expect(screen.queryByTestId('units-map')).toBeNull();
  });
});
