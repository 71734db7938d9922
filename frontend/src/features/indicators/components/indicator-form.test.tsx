import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { ENTERPRISES, INITIATIVES, MODELS, orgUnit } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { IndicatorForm } from './indicator-form';

function serve() {
  const bodies: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (new URL(request.url).pathname === '/api/v1/indicators' && request.method === 'POST') {
        bodies.push((await request.json()) as Record<string, unknown>);
        return jsonResponse(400, { status: 400, title: 'Invalid', errors: [{ field: 'formula.b', code: 'same-as-a', message: 'B phải khác A' }] });
      }
      return jsonResponse(404, { status: 404, title: 'Not found' });
    }),
  );
  return bodies;
}

beforeEach(() => setSession({ token: 'test-token', expiresAt: null }));
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('the indicator form', () => {
  it('should offer the roll-up only for sub-year periods and send it', async () => {
    const bodies = serve();
    const user = userEvent.setup();
    renderWithProviders(<IndicatorForm planCode="P" units={[orgUnit('P01', 'WARD')]} indicators={[]} onClose={() => undefined} />);
    expect(screen.queryByLabelText(/Gộp các kỳ thành năm/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/Kỳ báo cáo|Loại kỳ/), 'MONTHLY');
    await user.selectOptions(screen.getByLabelText(/Gộp các kỳ thành năm/), 'FLOW');
    for (const [label, text] of [[/^Mã/, 'K14'], [/Tên \(tiếng Việt\)/, 'Số hồ sơ'], [/Tên \(tiếng Anh\)/, 'Files'], [/Đơn vị tính \(tiếng Việt\)/, 'hồ sơ'], [/Đơn vị tính \(tiếng Anh\)/, 'files']] as const) {
      await user.type(screen.getByLabelText(label), text);
    }
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ periodType: 'MONTHLY', periodRollUp: 'FLOW', formula: null });
  });

  it('should send a derived indicator\'s formula without reporting units, and show the server\'s error under B', async () => {
    const bodies = serve();
    const user = userEvent.setup();
    renderWithProviders(<IndicatorForm planCode="P" units={[orgUnit('P01', 'WARD')]} indicators={[MODELS, INITIATIVES, ENTERPRISES]} onClose={() => undefined} />);
    await user.click(screen.getByLabelText(/Chỉ tiêu tính toán/));
    expect(screen.queryByText('Loại đơn vị báo cáo')).toBeNull();
    for (const [label, text] of [[/^Mã/, 'K12'], [/Tên \(tiếng Việt\)/, 'Tổng'], [/Tên \(tiếng Anh\)/, 'Total'], [/Đơn vị tính \(tiếng Việt\)/, 'cái'], [/Đơn vị tính \(tiếng Anh\)/, 'items']] as const) {
      await user.type(screen.getByLabelText(label), text);
    }
    await user.selectOptions(screen.getByLabelText(/Phép tính/), 'SUM');
    await user.selectOptions(screen.getByLabelText(/Chỉ tiêu A/), MODELS.code);
    await user.selectOptions(screen.getByLabelText(/Chỉ tiêu B/), INITIATIVES.code);
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));
    await waitFor(() => expect(screen.getByLabelText(/Chỉ tiêu B/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('B phải khác A')).toBeTruthy();
    expect(bodies[0]).toMatchObject({ formula: { operator: 'SUM', a: MODELS.code, b: INITIATIVES.code, factor: null }, reportingUnitTypes: [], periodRollUp: null });
    expect(bodies[0]).not.toHaveProperty('valueKind');
  });
});
