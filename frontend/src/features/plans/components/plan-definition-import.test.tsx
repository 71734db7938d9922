import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { PlanDefinitionImport } from './plan-definition-import';

const DOCUMENT = { version: 1, plan: { code: 'EXAMPLE-2021-2025' }, indicators: [], targets: [] };
const summary = (dryRun: boolean) => ({
  dryRun,
  planCode: 'EXAMPLE-2021-2025',
  created: 1,
  changed: 1,
  unchanged: 2,
  items: [
    { kind: 'PLAN', code: 'EXAMPLE-2021-2025', outcome: 'UNCHANGED', changedFields: [] },
    { kind: 'INDICATOR', code: 'EX_NEW', outcome: 'CREATED', changedFields: [] },
    { kind: 'TARGET', code: 'K5', outcome: 'CHANGED', changedFields: ['threshold', 'statementVi'] },
    { kind: 'TARGET', code: 'K6', outcome: 'UNCHANGED', changedFields: [] },
  ],
});

function serve(refuse = false) {
  const calls: { dryRun: string | null; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname !== '/api/v1/plan-definitions') return jsonResponse(404, { status: 404 });
      const dryRun = url.searchParams.get('dryRun');
      calls.push({ dryRun, body: await request.json() });
      if (refuse) {
        return jsonResponse(422, {
          status: 422, code: 'plan-definition-refused', title: 'Định nghĩa kế hoạch bị từ chối', detail: 'Chưa lưu gì.',
          errors: [{ field: 'targets[1].thresholdHigh', code: 'band-low-above-high', message: 'Cận trên không được nhỏ hơn cận dưới (98).' }],
        });
      }
      return jsonResponse(200, summary(dryRun === 'true'), false);
    }),
  );
  return calls;
}

function file(text: string) {
  return new File([text], 'example.plan.json', { type: 'application/json' });
}

beforeEach(() => setSession({ token: 'test-token', expiresAt: null }));
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('importing a plan definition', () => {
  it('should show the dry run first and store only on confirmation', async () => {
    const calls = serve();
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<PlanDefinitionImport onClose={onClose} />);
    await user.upload(screen.getByLabelText('Tệp định nghĩa (JSON)'), file(JSON.stringify(DOCUMENT)));

    expect(await screen.findByText('Thêm mới: 1 · Thay đổi: 1 · Không đổi: 2')).toBeTruthy();
    expect(screen.getByText('EX_NEW')).toBeTruthy();
    expect(screen.getByText('(threshold, statementVi)')).toBeTruthy();
    expect(screen.queryByText('K6')).toBeNull(); // unchanged lines are only counted
    expect(calls).toEqual([{ dryRun: 'true', body: DOCUMENT }]);
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(summary(false)));
    expect(calls[1]).toEqual({ dryRun: 'false', body: DOCUMENT });
  });

  it('should name each refused field and offer no import', async () => {
    serve(true);
    renderWithProviders(<PlanDefinitionImport onClose={vi.fn()} />, { language: 'en' });
    fireEvent.change(screen.getByLabelText('Definition file (JSON)'), { target: { files: [file(JSON.stringify(DOCUMENT))] } });
    expect(await screen.findByText('targets[1].thresholdHigh')).toBeTruthy();
    expect(screen.getByText('Definition refused; nothing was stored')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should refuse a file that is not JSON without asking the server', async () => {
    const calls = serve();
    renderWithProviders(<PlanDefinitionImport onClose={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Tệp định nghĩa (JSON)'), { target: { files: [file('{not json')] } });
    expect(await screen.findByText('Tệp này không phải JSON hợp lệ.')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
