import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orgUnit } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import type { User } from '../api/users';
import { UserForm } from './user-form';

const UNITS = [orgUnit('P01', 'WARD', { nameVi: 'Phường 1' }), orgUnit('P02', 'WARD', { nameVi: 'Phường 2' })];
const REVIEWER: User = {
  id: 2, username: 'reviewer', displayName: 'Chuyên viên', role: 'REVIEWER', unitCodes: [], active: true, locked: false,
  lastSignInAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 5,
};

afterEach(() => vi.unstubAllGlobals());

describe('the account form', () => {
  it('should keep the password when left empty and send no units for a reviewer, at the version read', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(200, { ...REVIEWER, version: 6 }, false));
    vi.stubGlobal('fetch', fetch);
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<UserForm editing={REVIEWER} units={UNITS} onClose={onClose} />);
    expect(screen.queryByRole('checkbox', { name: /Phường 1/ })).toBeNull();
    await user.clear(screen.getByLabelText(/Họ tên/));
    await user.type(screen.getByLabelText(/Họ tên/), 'Chuyên viên Phòng Kinh tế');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PUT');
    expect(request.headers.get('If-Match')).toBe('"5"');
    expect(await request.json()).toEqual({
      username: 'reviewer', displayName: 'Chuyên viên Phòng Kinh tế', role: 'REVIEWER', unitCodes: null, password: null, active: true,
    });
  });

  it('should ask a new reporter for units and a long enough password before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<UserForm units={UNITS} onClose={() => undefined} />);
    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'Phuong 2');
    await user.type(screen.getByLabelText(/Họ tên/), 'Cán bộ Phường 2');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(screen.getByText('Chọn ít nhất một đơn vị cho cán bộ nhập liệu.')).toBeTruthy();
    expect(screen.getByText(/chữ thường không dấu/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
