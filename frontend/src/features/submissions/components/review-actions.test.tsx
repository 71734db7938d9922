import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { submission } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { ReviewActions } from './review-actions';

const SUBMISSION = submission({ id: 42, status: 'SUBMITTED', version: 3 });

afterEach(() => vi.unstubAllGlobals());

describe('reviewing a report', () => {
  it('should ask for a reason in Vietnamese before returning, then send it at the version read', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(200, { ...SUBMISSION, status: 'RETURNED', version: 4 }, false));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<ReviewActions submission={SUBMISSION} unitName="Phường 1" periodName="Năm 2020" reload={async () => null} />);

    await user.click(screen.getByRole('button', { name: 'Trả lại' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Trả lại' }).at(-1)!);
    expect(screen.getByText('Vui lòng nhập lý do trả lại để đơn vị biết cần sửa gì.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Lý do/), 'Số cán bộ chưa khớp.');
    await user.click(screen.getAllByRole('button', { name: 'Trả lại' }).at(-1)!);
    await waitFor(() => expect(screen.getByText('Đã trả lại báo cáo cho đơn vị.')).toBeTruthy());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/submissions/42/return');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({ comment: 'Số cán bộ chưa khớp.' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('should say plainly when someone changed the report meanwhile (412) and offer the fresh copy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(412, { type: 'urn:planmonitor:problem:precondition-failed', title: 'Đã có người khác thay đổi', status: 412, code: 'precondition-failed' }),
      ),
    );
    const reload = vi.fn(async () => null);
    const user = userEvent.setup();
    renderWithProviders(<ReviewActions submission={SUBMISSION} unitName="Phường 1" periodName="Năm 2020" reload={reload} />);

    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    await user.click(screen.getAllByRole('button', { name: 'Duyệt' }).at(-1)!);
    await waitFor(() => expect(screen.getByText('Báo cáo đã thay đổi trong lúc bạn xem')).toBeTruthy());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Đã duyệt báo cáo.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tải lại báo cáo' }));
    expect(reload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText('Báo cáo đã thay đổi trong lúc bạn xem')).toBeNull());
  });

  it('should offer reopening, not approving, for an approved report', () => {
    renderWithProviders(<ReviewActions submission={{ ...SUBMISSION, status: 'APPROVED' }} unitName="Phường 1" periodName="Năm 2020" reload={async () => null} />);
    expect(screen.getByRole('button', { name: 'Mở lại' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).toBeNull();
  });
});
