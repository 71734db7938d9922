import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import type { ImportSummary } from '../api/import-data-values';
import { ImportPanel } from './import-panel';

const PLAN = 'D11-STI-2016-2020';
const CSV = 'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\nECON_OFFICER_TRAINED,2020,P01,,,3\nIMPROVEMENT_INITIATIVES,2020,P01,,,2.5\n';
const CONFLICT = { object: '2.5', value: 'Giá trị 2.5 không phải số nguyên.', errorCode: 'E7623', property: 'value' as const, indexes: [1] };

function summary(overrides: Partial<ImportSummary>): ImportSummary {
  return {
    responseType: 'ImportSummary',
    status: 'SUCCESS',
    description: 'Đã đọc 2 dòng.',
    dryRun: true,
    atomic: true,
    importStrategy: 'CREATE_AND_UPDATE',
    importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0 },
    conflicts: [],
    ...overrides,
  };
}

/** The API's answers by the request's query: dryRun, atomic. */
function server(answer: (query: URLSearchParams, request: Request) => Response) {
  const requests: Array<{ url: URL; method: string; headers: Headers; body: string }> = [];
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    requests.push({ url, method: request.method, headers: request.headers, body: await request.clone().text() });
    return answer(url.searchParams, request);
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

async function pickCsv(user: ReturnType<typeof userEvent.setup>, name = 'phuong1-2020.csv', content = CSV) {
  await user.upload(screen.getByLabelText(/Chọn tệp/), new File([content], name, { type: 'application/vnd.ms-excel' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('importing a file', () => {
  it('should check first, refuse to confirm all-or-nothing with a refused row, then store the good rows once', async () => {
    const requests = server((query) => {
      const atomic = query.get('atomic') === 'true';
      if (query.get('dryRun') === 'true') {
        return atomic
          ? jsonResponse(409, summary({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 2, deleted: 0 }, conflicts: [CONFLICT] }), false)
          : jsonResponse(200, summary({ status: 'WARNING', atomic: false, importCount: { imported: 1, updated: 0, ignored: 1, deleted: 0 }, conflicts: [CONFLICT] }), false);
      }
      return jsonResponse(
        200,
        summary({ status: 'WARNING', dryRun: false, atomic: false, description: 'Đã lưu các dòng hợp lệ.', importCount: { imported: 1, updated: 0, ignored: 1, deleted: 0 }, conflicts: [CONFLICT] }),
        false,
      );
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel planCode={PLAN} limitedTo="Phường 1" />);
    await pickCsv(user);

    // The dry run: the CSV's bytes, typed by the extension (not by what Windows said), no key.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kết quả kiểm tra thử' })).toBeTruthy());
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.url.pathname).toBe('/api/v1/dataValueSets');
    expect(Object.fromEntries(requests[0]!.url.searchParams)).toEqual({ plan: PLAN, importStrategy: 'CREATE_AND_UPDATE', atomic: 'true', dryRun: 'true' });
    expect(requests[0]!.headers.get('Content-Type')).toBe('text/csv');
    expect(requests[0]!.headers.get('Idempotency-Key')).toBeNull();
    expect(requests[0]!.body).toBe(CSV);
    // The refused row, at its line in the file (line 3: after the header and one good row).
    expect(screen.getByRole('table', { name: 'Các dòng bị từ chối (1)' }).textContent).toContain('3');
    expect(screen.getByText('Giá trị 2.5 không phải số nguyên.')).toBeTruthy();
    expect(screen.getByText('Sẽ không có gì được lưu')).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Xác nhận nhập' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    // Choosing to store the good rows checks again, and warns.
    await user.click(screen.getByRole('button', { name: 'Chỉ lưu các dòng hợp lệ' }));
    await waitFor(() => expect(screen.getByText('Một số dòng sẽ không được lưu')).toBeTruthy());
    expect(requests[1]!.url.searchParams.get('atomic')).toBe('false');
    expect((screen.getByRole('radio', { name: /Vẫn lưu các dòng hợp lệ/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Xác nhận nhập' }) as HTMLButtonElement).disabled).toBe(false);

    // The import itself carries a key.
    await user.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kết quả nhập' })).toBeTruthy());
    expect(requests).toHaveLength(3);
    expect(requests[2]!.url.searchParams.get('dryRun')).toBe('false');
    expect(requests[2]!.url.searchParams.get('atomic')).toBe('false');
    expect(requests[2]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[2]!.body).toBe(CSV);
    expect(screen.getByText('Đã lưu một phần')).toBeTruthy();
    expect(screen.getByText('Đã thêm mới').nextElementSibling?.textContent).toBe('1');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Kết quả nhập' })));
    expect(screen.queryByRole('button', { name: 'Xác nhận nhập' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Đã lưu các dòng hợp lệ.');
  });

  it('should retry an import whose answer was lost with the same key, and say when it had already been done', async () => {
    let imports = 0;
    const requests = server((query) => {
      if (query.get('dryRun') === 'true') return jsonResponse(200, summary({ importCount: { imported: 2, updated: 0, ignored: 0, deleted: 0 } }), false);
      imports += 1;
      if (imports === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(summary({ dryRun: false, importCount: { imported: 2, updated: 0, ignored: 0, deleted: 0 } })), {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
      });
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel planCode={PLAN} limitedTo={null} />);
    await pickCsv(user, 'ok.csv', 'ECON_OFFICER_TRAINED,2020,P01,,,3\nECON_OFFICER_TOTAL,2020,P01,,,4\n');
    await waitFor(() => expect(screen.getByText('Sẵn sàng nhập')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));
    await waitFor(() => expect(screen.getByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Thử nhập lại' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kết quả nhập' })).toBeTruthy());
    const keys = requests.filter((r) => r.url.searchParams.get('dryRun') === 'false').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(screen.getByText(/đã được thực hiện trước đó/)).toBeTruthy();

    // Another file is another import, with another key.
    await user.click(screen.getByRole('button', { name: 'Nhập tệp khác' }));
    await pickCsv(user, 'ok2.csv', 'ECON_OFFICER_TRAINED,2020,P01,,,4\nECON_OFFICER_TOTAL,2020,P01,,,4\n');
    await waitFor(() => expect(screen.getByText('Sẵn sàng nhập')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kết quả nhập' })).toBeTruthy());
    expect(requests.at(-1)!.headers.get('Idempotency-Key')).not.toBe(keys[0]);
  });

  it('should show the API’s problem when a file is refused outright', async () => {
    server(() =>
      jsonResponse(413, {
        type: 'urn:planmonitor:problem:body-too-large',
        title: 'Tệp quá lớn',
        status: 413,
        detail: 'Nội dung gửi lên tối đa 10 MB.',
        code: 'body-too-large',
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<ImportPanel planCode={PLAN} limitedTo={null} />);
    await pickCsv(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tệp quá lớn');
    expect(alert.textContent).toContain('Nội dung gửi lên tối đa 10 MB.');
    expect(screen.queryByRole('button', { name: 'Xác nhận nhập' })).toBeNull();
  });

  it('should take a JSON file dropped on the drop zone, sent as JSON', async () => {
    const requests = server(() => jsonResponse(200, summary({ importCount: { imported: 1, updated: 0, ignored: 0, deleted: 0 } }), false));
    renderWithProviders(<ImportPanel planCode={PLAN} limitedTo={null} />);
    const json = JSON.stringify({ dataValues: [{ dataElement: 'STI_DATABASE', period: '2020', orgUnit: 'P01', value: 'true' }] });
    const zone = screen.getByText(/kéo thả tệp vào đây/).parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    expect(zone.className).toContain('dropzone--over');
    fireEvent.drop(zone, { dataTransfer: { files: [new File([json], 'P01-2020.JSON', { type: '' })] } });
    await waitFor(() => expect(screen.getByText('Sẵn sàng nhập')).toBeTruthy());
    expect(requests[0]!.headers.get('Content-Type')).toBe('application/json');
    expect(requests[0]!.body).toBe(json);
    expect(screen.getByText('P01-2020.JSON')).toBeTruthy();
    expect(zone.className).not.toContain('dropzone--over');
  });

  it('should refuse a file it cannot send, before any request', async () => {
    const requests = server(() => jsonResponse(500, {}));
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(<ImportPanel planCode={PLAN} limitedTo={null} />);
    await user.upload(screen.getByLabelText(/Chọn tệp/), new File(['x'], 'bao-cao.xls', { type: 'application/vnd.ms-excel' }));
    expect((await screen.findByRole('alert')).textContent).toContain('bao-cao.xls không phải JSON, CSV hay Excel .xlsx');
    expect(requests).toHaveLength(0);
  });
});
