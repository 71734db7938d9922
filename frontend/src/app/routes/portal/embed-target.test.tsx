import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUBLIC_TARGET_PAGE } from '@/testing/public-fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { EmbedTargetRoute } from './embed-target';

vi.mock('@/features/targets/components/trend-chart', () => ({ default: () => <div data-testid="trend-chart-drawn" /> }));

const PATH = '/embed/targets/:code/:targetCode';
let fetch: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

beforeEach(() => {
  fetch = vi.fn(async (request: Request) =>
    new URL(request.url).pathname === '/api/v1/public/visits'
      ? jsonResponse(200, { counted: true, portalVisits: 1234, pageViews: 56 }, false)
      : jsonResponse(200, PUBLIC_TARGET_PAGE, false),
  );
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe('the embeddable chart', () => {
  it('should show the title, status, chart, date and a source link opening the portal in a new tab, and nothing else', async () => {
    renderWithProviders(<EmbedTargetRoute />, { route: '/embed/targets/D11-STI-2016-2020/T1A', path: PATH });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('T1A 100% cán bộ phụ trách kinh tế phường được bồi dưỡng chuyên môn nghiệp vụ');
    expect(screen.getByText('Có nguy cơ không đạt')).toBeTruthy();
    expect(screen.getByText(/năm 2019/).textContent).toBe('87,5\u00a0% năm 2019');
    expect(screen.getByText('Số liệu được duyệt gần nhất: 10/02/2020')).toBeTruthy();
    expect(screen.getByText('Dữ liệu minh hoạ')).toBeTruthy();
    expect(await screen.findByTestId('trend-chart-drawn')).toBeTruthy();
    // The chart's figures stay readable by screen readers.
    expect(screen.getByRole('table', { name: 'Số liệu toàn quận theo năm' })).toBeTruthy();

    const source = screen.getByRole('link', { name: /Cổng thông tin công khai Quận 11/ });
    expect(source.getAttribute('href')).toBe(`${window.location.origin}/portal/D11-STI-2016-2020/targets/T1A`);
    expect(source.getAttribute('target')).toBe('_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByRole('navigation')).toBeNull();

    // It counts as a view of the target's page.
    await waitFor(() => expect(screen.getByText('56 lượt xem')).toBeTruthy());
    const visit = fetch.mock.calls.map(([r]) => r).find((r) => new URL(r.url).pathname === '/api/v1/public/visits')!;
    expect(await visit.json()).toEqual({ page: 'target:T1A', plan: 'D11-STI-2016-2020' });
  });

  it('should follow ?lang=en', async () => {
    renderWithProviders(<EmbedTargetRoute />, { route: '/embed/targets/D11-STI-2016-2020/T1A?lang=en', path: PATH });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('100% of ward officials'));
    expect(screen.getByRole('link', { name: /District 11 public portal/ })).toBeTruthy();
  });
});
