import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { PUBLIC_PLAN_PAGE } from '@/testing/public-fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { PortalPlanRoute } from './portal-plan';

let fetch: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

beforeEach(() => {
  fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/public/visits') return jsonResponse(200, { counted: false, portalVisits: 1234, pageViews: 11 }, false);
    if (path === '/api/v1/public/plans/D11-STI-2016-2020') return jsonResponse(200, PUBLIC_PLAN_PAGE, false);
    return jsonResponse(404, { status: 404, code: 'not-found', title: 'Không tìm thấy' });
  });
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('a plan\'s public page', () => {
  it('should show every target as a card with its status, latest figure against the threshold and a link to its page', async () => {
    setSession({ token: 'a-staff-token', expiresAt: null });
    renderWithProviders(<PortalPlanRoute />, { route: '/portal/D11-STI-2016-2020', path: '/portal/:code' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('Kế hoạch hoạt động khoa học');
    expect(screen.getByText(/báo cáo mẫu để xem thử/)).toBeTruthy();
    const source = screen.getByRole('link', { name: /^Văn bản gốc/ });
    expect(source.getAttribute('href')).toBe('/api/v1/public/plans/D11-STI-2016-2020/source');
    expect(source.getAttribute('target')).toBe('_blank');
    const card = screen.getByRole('article', { name: /100% cán bộ/ });
    expect(within(card).getByText('Có nguy cơ không đạt')).toBeTruthy();
    expect(within(card).getByText('87,5 %')).toBeTruthy();
    expect(within(card).getByText('100 %')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Xem chi tiết mục tiêu T1A' }).getAttribute('href')).toBe('/portal/D11-STI-2016-2020/targets/T1A');
    const summary = screen.getByText('Tình trạng các mục tiêu').closest('div')!;
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 ✓ Đã đạt', '1 ! Có nguy cơ không đạt']);
    await waitFor(() => expect(screen.getByTestId('visit-counter').textContent).toContain('Lượt truy cập cổng: 1.234 · Lượt xem trang: 11'));
    // Anonymous: the staff token on this browser is not sent to the public API.
    for (const [request] of fetch.mock.calls) expect(request.headers.get('Authorization')).toBeNull();
  });

  it('should say plainly that an unpublished plan is not there', async () => {
    renderWithProviders(<PortalPlanRoute />, { route: '/portal/DRAFT-PLAN', path: '/portal/:code' });
    expect(await screen.findByText('Không có kế hoạch công khai nào mang mã DRAFT-PLAN.')).toBeTruthy();
  });
});
