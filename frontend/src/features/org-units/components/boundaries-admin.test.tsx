import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { BoundariesAdmin } from './boundaries-admin';

const COLLECTION = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'P01' }, geometry: { type: 'Polygon', coordinates: [] } }] };
const ANSWER = { property: 'code', matched: ['P01'], unmatched: ['P99'], removed: [], unitsWithoutShape: ['P02', 'P03'] };
let fetch: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;
let stored = 0;

beforeEach(() => {
  stored = 0;
  fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === 'GET') return jsonResponse(200, { type: 'FeatureCollection', features: Array(stored).fill(COLLECTION.features[0]) }, false);
    const dryRun = url.searchParams.get('dryRun') === 'true';
    if (!dryRun) stored = 1;
    return jsonResponse(200, { ...ANSWER, dryRun }, false);
  });
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => vi.unstubAllGlobals());

const file = (text: string) => new File([text], 'phuong.geojson', { type: 'application/geo+json' });

describe('uploading unit boundaries', () => {
  it('should show the dry run, store nothing until applied, then store', async () => {
    renderWithProviders(<BoundariesAdmin />);
    expect(await screen.findByText('0 đơn vị đã có ranh giới.')).toBeTruthy();
    await userEvent.upload(screen.getByLabelText('Tệp GeoJSON'), file(JSON.stringify(COLLECTION)));
    const preview = await screen.findByTestId('boundaries-summary');
    expect(within(preview).getByText('1 đơn vị khớp')).toBeTruthy();
    expect(within(preview).getByText('P99')).toBeTruthy();
    expect(within(preview).getByText('P02, P03')).toBeTruthy();
    expect(new URL(fetch.mock.calls[1]![0].url).searchParams.get('dryRun')).toBe('true');
    expect(stored).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect(await screen.findByText('Đã lưu ranh giới')).toBeTruthy();
    expect(stored).toBe(1);
    expect(await screen.findByText('1 đơn vị đã có ranh giới.')).toBeTruthy();
  });

  it('should list the field errors of a refused file, and say so of a file that is not JSON', async () => {
    fetch.mockImplementation(async (request: Request) =>
      request.method === 'GET'
        ? jsonResponse(200, { type: 'FeatureCollection', features: [] }, false)
        : jsonResponse(400, { status: 400, code: 'validation', title: 'Dữ liệu không hợp lệ', detail: 'Một số trường không hợp lệ; xem danh sách lỗi.',
            errors: [{ field: 'features[0].geometry.type', code: 'not-one-of', message: 'Phải là một trong: Polygon, MultiPolygon.' }] }));
    renderWithProviders(<BoundariesAdmin />);
    await userEvent.upload(screen.getByLabelText('Tệp GeoJSON'), file(JSON.stringify(COLLECTION)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('features[0].geometry.type: Phải là một trong: Polygon, MultiPolygon.');
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
    await userEvent.upload(screen.getByLabelText('Tệp GeoJSON'), file('{ not json'));
    expect(await screen.findByText('Tệp này không phải JSON.')).toBeTruthy();
  });
});
