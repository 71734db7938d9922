import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { UNIT_TYPES } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { UnitTypesAdmin } from './unit-types-admin';

const IN_USE =
  'Loại đơn vị WARD là loại của 16 đơn vị: P01, P02, P03, …. Hãy đổi loại hoặc xoá các đơn vị đó trước.';

function serve() {
  const requests: Array<{ method: string; path: string; ifMatch: string | null; body: unknown }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body = request.method === 'PUT' ? await request.json() : null;
      requests.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body });
      if (request.method === 'DELETE') {
        return jsonResponse(409, { type: 'urn:planmonitor:problem:unit-type-in-use', title: 'Loại đơn vị đang được dùng', status: 409, detail: IN_USE, code: 'unit-type-in-use' });
      }
      if (request.method === 'PUT') {
        const id = Number(path.split('/').pop());
        const type = UNIT_TYPES.find((t) => t.id === id)!;
        return jsonResponse(200, { ...type, ...(body as object), version: type.version + 1 }, false);
      }
      return jsonResponse(200, { items: UNIT_TYPES, page: 1, size: 500, total: UNIT_TYPES.length }, false);
    }),
  );
  return requests;
}

beforeEach(() => setSession({ token: 'test-token', expiresAt: null }));
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('the unit types screen', () => {
  it('should list the types in their order and show why one in use cannot be deleted', async () => {
    const requests = serve();
    const user = userEvent.setup();
    renderWithProviders(<UnitTypesAdmin />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('code').textContent)).toEqual(['DISTRICT', 'WARD', 'AGENCY', 'PUBLIC_SERVICE_UNIT', 'SCHOOL']);
    await user.click(screen.getByRole('button', { name: 'Xoá: Phường' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xoá' }));
    expect(await within(dialog).findByText(IN_USE)).toBeTruthy();
    expect(requests.filter((r) => r.method === 'DELETE')).toEqual([{ method: 'DELETE', path: '/api/v1/unit-types/2', ifMatch: '"0"', body: null }]);
  });

  it('should move a type up by swapping its order with the one above, each at the version read', async () => {
    const requests = serve();
    const user = userEvent.setup();
    renderWithProviders(<UnitTypesAdmin />);
    expect((screen.getByRole('button', { name: 'Lên: Quận' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Lên: Cơ quan chuyên môn' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.ifMatch, (r.body as { sortOrder: number }).sortOrder])).toEqual([
      ['/api/v1/unit-types/3', '"0"', 20],
      ['/api/v1/unit-types/2', '"0"', 30],
    ]);
  });
});
