import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan, Target } from '@/lib/api';
import { setSession } from '@/lib/session-store';
import { ENTERPRISES, INITIATIVES, RATIO, orgUnit } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { TargetForm } from './target-form';

const PLAN = { id: 1, code: 'D11-STI-2016-2020', titleVi: 'Kế hoạch', titleEn: 'Plan', firstYear: 2016, lastYear: 2020 } as unknown as Plan;

function serve(answer: () => Response) {
  const bodies: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (new URL(request.url).pathname === '/api/v1/targets' && request.method === 'POST') {
        bodies.push(await request.json());
        return answer();
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

const sentence = () => screen.getByText('Mục tiêu đọc thành câu').nextElementSibling?.textContent?.replace(/\u00a0/g, ' ');

describe('the target form', () => {
  it('should offer the band\'s high end and the baseline only where they apply, and read the target back as a sentence', async () => {
    serve(() => jsonResponse(500, { status: 500, title: 'x' }));
    const user = userEvent.setup();
    renderWithProviders(<TargetForm plan={PLAN} indicators={[RATIO, ENTERPRISES]} units={[]} onClose={() => undefined} />);

    expect(screen.queryByLabelText(/Mức trên của khoảng/)).toBeNull();
    expect(screen.queryByLabelText(/Năm gốc/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/Cách tính số liệu quận/), 'RATIO_OF_SUMS');
    await user.selectOptions(screen.getByLabelText(/^Chiều/), 'BETWEEN');
    await user.clear(screen.getByLabelText(/Mức dưới của khoảng/));
    await user.type(screen.getByLabelText(/Mức dưới của khoảng/), '95');
    await user.type(screen.getByLabelText(/Mức trên của khoảng/), '100');
    expect(sentence()).toBe('Duy trì trong khoảng 95–100 % hằng năm');

    await user.selectOptions(screen.getByLabelText(/^Chiều/), 'AT_LEAST');
    await user.selectOptions(screen.getByLabelText(/Cách tính số liệu quận/), 'SUM');
    await user.selectOptions(screen.getByLabelText(/So sánh với ngưỡng/), 'AVERAGE_GROWTH');
    expect(screen.queryByLabelText(/Mức trên của khoảng/)).toBeNull();
    await user.clear(screen.getByLabelText(/Ngưỡng cần đạt/));
    await user.type(screen.getByLabelText(/Ngưỡng cần đạt/), '8');
    await user.type(screen.getByLabelText(/Năm gốc/), '2015');
    expect(sentence()).toBe('Tăng bình quân 8 %/năm so với năm 2015');
  });

  it('should send the milestones and show the server\'s error next to the milestone it names', async () => {
    const bodies = serve(() =>
      jsonResponse(400, {
        status: 400, title: 'Invalid', errors: [{ field: 'milestones[0].year', code: 'milestone-not-before-due-year', message: 'Năm mốc phải trước năm phải đạt' }],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<TargetForm plan={PLAN} indicators={[RATIO, ENTERPRISES]} units={[]} onClose={() => undefined} />);
    await user.type(screen.getByLabelText(/^Mã/), 'T9');
    await user.selectOptions(screen.getByLabelText(/Chỉ tiêu theo dõi/), RATIO.code);
    await user.type(screen.getByLabelText(/Nội dung \(tiếng Việt\)/), 'Đạt 80%');
    await user.type(screen.getByLabelText(/Nội dung \(tiếng Anh\)/), 'Reach 80%');
    await user.selectOptions(screen.getByLabelText(/Cách tính số liệu quận/), 'RATIO_OF_SUMS');
    await user.clear(screen.getByLabelText(/Ngưỡng cần đạt/));
    await user.type(screen.getByLabelText(/Ngưỡng cần đạt/), '80');
    await user.selectOptions(screen.getByLabelText(/^Thời hạn/), 'BY_YEAR');
    await user.selectOptions(screen.getByLabelText(/Năm phải đạt/), '2020');
    await user.click(screen.getByRole('button', { name: 'Thêm mốc', hidden: true }));
    await user.selectOptions(screen.getByLabelText(/^Năm(?! phải)/), '2020');
    await user.type(screen.getByLabelText(/Ngưỡng năm đó/), '40');
    expect(sentence()).toBe('Lộ trình: 2020 đạt 40 %; năm 2020 đạt 80 %');
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));

    await waitFor(() => expect(screen.getByLabelText(/^Năm(?! phải)/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText(/^Năm(?! phải)/).getAttribute('aria-describedby')).toContain(
      screen.getByText('Năm mốc phải trước năm phải đạt').id || 'no-id',
    );
    expect(bodies[0]).toMatchObject({ direction: 'AT_LEAST', measure: 'LEVEL', baseline: null, milestones: [{ year: 2020, threshold: 40, thresholdHigh: null }] });
  });

  it('should offer only the units that report the indicator and send their allocations', async () => {
    const bodies = serve(() => jsonResponse(500, { status: 500, title: 'x' }));
    const user = userEvent.setup();
    const units = [orgUnit('P01', 'WARD'), orgUnit('P02', 'WARD'), orgUnit('PKT', 'AGENCY'), orgUnit('THCS-LUGIA', 'SCHOOL'), orgUnit('P16', 'WARD', { active: false })];
    renderWithProviders(<TargetForm plan={PLAN} indicators={[INITIATIVES, ENTERPRISES]} units={units} onClose={() => undefined} />);
    await user.type(screen.getByLabelText(/^Mã/), 'K11');
    await user.selectOptions(screen.getByLabelText(/Chỉ tiêu theo dõi/), INITIATIVES.code);
    await user.type(screen.getByLabelText(/Nội dung \(tiếng Việt\)/), 'Giao chỉ tiêu');
    await user.type(screen.getByLabelText(/Nội dung \(tiếng Anh\)/), 'Allocated');
    await user.selectOptions(screen.getByLabelText(/Cách tính số liệu quận/), 'SUM');
    await user.clear(screen.getByLabelText(/Ngưỡng cần đạt/));
    await user.type(screen.getByLabelText(/Ngưỡng cần đạt/), '10');
    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị được giao', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Thêm đơn vị được giao', hidden: true }));
    const nth = (label: RegExp, i: number) => screen.getAllByLabelText(label)[i] as HTMLSelectElement;
    // Wards and agencies report initiatives; the school does not, the inactive ward no longer does.
    expect([...nth(/^Đơn vị/, 0).options].map((o) => o.value)).toEqual(['', 'P01', 'P02', 'PKT']);
    await user.selectOptions(nth(/^Đơn vị/, 0), 'P01');
    await user.selectOptions(nth(/^Đơn vị/, 1), 'P01');
    await user.selectOptions(nth(/Áp dụng cho năm/, 1), '2018');
    await user.type(nth(/^Chỉ tiêu giao/, 0), '5');
    await user.type(nth(/^Chỉ tiêu giao/, 1), '8');
    expect(sentence()).toBe('Đạt ít nhất 10 hằng năm · Giao chỉ tiêu cho 1 đơn vị');
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      allocations: [
        { orgUnitCode: 'P01', year: null, threshold: 5, thresholdHigh: null },
        { orgUnitCode: 'P01', year: 2018, threshold: 8, thresholdHigh: null },
      ],
    });
  });

  it('should ask for a reason only once the definition changes, and show the server\'s error under it', async () => {
    const puts: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (new URL(request.url).pathname === '/api/v1/targets/7' && request.method === 'PUT') {
          puts.push(await request.json());
          return jsonResponse(400, {
            status: 400, title: 'Invalid', errors: [{ field: 'reason', code: 'reason-required', message: 'Hãy ghi lý do điều chỉnh' }],
          });
        }
        return jsonResponse(404, { status: 404, title: 'Not found' });
      }),
    );
    const editing = {
      id: 7, code: 'K8', planCode: PLAN.code, indicatorCode: ENTERPRISES.code, statementVi: 'Tăng 10%', statementEn: 'Up 10%',
      aggregation: 'SUM', unitThreshold: null, threshold: 10, direction: 'AT_LEAST', thresholdHigh: null, measure: 'CHANGE_PERCENT',
      baseline: { year: 2016, value: null }, timing: 'BY_YEAR', dueYear: 2020, milestones: [], allocations: [], sortOrder: 8,
      createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', version: 0,
    } as unknown as Target;
    const user = userEvent.setup();
    renderWithProviders(<TargetForm plan={PLAN} indicators={[RATIO, ENTERPRISES]} units={[]} editing={editing} onClose={() => undefined} />);

    // Wording only: no reason asked for.
    await user.type(screen.getByLabelText(/Nội dung \(tiếng Việt\)/), ' trở lên');
    expect(screen.queryByLabelText(/Lý do điều chỉnh/)).toBeNull();
    // "Giảm 10%": a change of at most −10, allowed for a change measure.
    await user.selectOptions(screen.getByLabelText(/^Chiều/), 'AT_MOST');
    await user.clear(screen.getByLabelText(/Ngưỡng cần đạt/));
    await user.type(screen.getByLabelText(/Ngưỡng cần đạt/), '-10');
    expect(sentence()).toBe('Giảm ít nhất 10 % so với năm 2016 vào năm 2020');
    expect(screen.getByLabelText(/Lý do điều chỉnh/)).toBeTruthy();
    expect(screen.getByText(/thay đổi \(ngưỡng, chiều\)/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));

    await waitFor(() => expect(screen.getByLabelText(/Lý do điều chỉnh/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Hãy ghi lý do điều chỉnh')).toBeTruthy();
    expect(puts[0]).toMatchObject({ threshold: -10, direction: 'AT_MOST', reason: null });
  });

  it('should refuse a negative level in the form, as the API does', async () => {
    serve(() => jsonResponse(500, { status: 500, title: 'x' }));
    const user = userEvent.setup();
    renderWithProviders(<TargetForm plan={PLAN} indicators={[RATIO, ENTERPRISES]} units={[]} onClose={() => undefined} />);
    await user.clear(screen.getByLabelText(/Ngưỡng cần đạt/));
    await user.type(screen.getByLabelText(/Ngưỡng cần đạt/), '-5');
    await user.click(screen.getByRole('button', { name: 'Lưu', hidden: true }));
    expect(await screen.findByText('Không được nhỏ hơn 0.')).toBeTruthy();
  });
});
