import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATIO, YES_NO, orgUnit, submission } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { EntryForm } from './entry-form';

const KEY = { plan: 'D11-STI-2016-2020', orgUnit: 'P01', period: '2019' };
const PERIOD = { code: '2019', type: 'YEARLY', startDate: '2019-01-01', endDate: '2019-12-31', nameVi: 'Năm 2019', nameEn: '2019' } as const;

function renderForm(language: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <EntryForm
      submissionKey={KEY}
      unit={orgUnit('P01', 'WARD', { nameVi: 'Phường 1', nameEn: 'Ward 1' })}
      period={PERIOD}
      indicators={[YES_NO, RATIO]}
      targets={[]}
      submission={null}
      previous={null}
      previousYear="2018"
      canEdit
      canReview={false}
      reload={async () => null}
    />,
    { language },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('saving a report', () => {
  it('should show the API field errors under the inputs they name, in the UI language', async () => {
    const fetch = vi.fn(async (_request: Request) =>
      jsonResponse(400, {
        type: 'urn:planmonitor:problem:validation',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Một số trường không hợp lệ; xem danh sách lỗi.',
        instance: '/api/v1/submissions',
        code: 'validation',
        // values[0] of the request is the ratio: the yes/no question above it was left blank.
        errors: [{ field: 'values[0].denominator', code: 'too-large', message: 'Không được vượt quá 999999999999.' }],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Số cán bộ đã được bồi dưỡng' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Tổng số cán bộ' }), '4');
    expect(document.querySelector('output')?.textContent).toContain('75,0\u00a0%');
    await user.keyboard('{Enter}');

    const denominator = screen.getByRole('textbox', { name: 'Tổng số cán bộ' });
    await waitFor(() => expect(denominator.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Không được vượt quá 999999999999.')).toBeTruthy();
    expect(document.activeElement).toBe(denominator);

    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(request.headers.get('Accept-Language')).toBe('vi');
    expect(await request.json()).toEqual({
      planCode: 'D11-STI-2016-2020',
      orgUnitCode: 'P01',
      period: '2019',
      comment: null,
      values: [{ indicatorCode: RATIO.code, numerator: 3, denominator: 4 }],
    });
  });

  it('should refuse a numerator above its denominator without asking the server', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Số cán bộ đã được bồi dưỡng' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Tổng số cán bộ' }), '4');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));

    expect(await screen.findByText('Tử số không được lớn hơn mẫu số.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should explain a conflict and offer to reload', async () => {
    vi.stubGlobal('fetch', vi.fn(async () =>
      jsonResponse(412, { type: 'urn:planmonitor:problem:precondition-failed', title: 'Changed', status: 412, detail: 'Changed.', instance: '/', code: 'precondition-failed' }),
    ));
    const user = userEvent.setup();
    renderWithProviders(
      <EntryForm
        submissionKey={KEY}
        unit={orgUnit('P01', 'WARD')}
        period={PERIOD}
        indicators={[YES_NO]}
        targets={[]}
        submission={submission()}
        previous={null}
        previousYear="2018"
        canEdit
        canReview={false}
        reload={async () => submission({ version: 3 })}
      />,
      { language: 'en' },
    );
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Someone else changed this report')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the report' })).toBeTruthy();
  });
});
