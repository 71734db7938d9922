import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import type { Profile } from '../api/profile';
import { ProfileForm } from './profile-form';

const PROFILE: Profile = {
  id: 3, username: 'phuong1', displayName: 'Cán bộ Phường 1', email: null, emailNotifications: true, language: 'vi',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 4,
};

afterEach(() => vi.unstubAllGlobals());

describe('the profile form', () => {
  it('should refuse an address without a domain before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    await user.type(screen.getByLabelText(/Địa chỉ email/), 'can-bo.gmail.com');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Địa chỉ email không hợp lệ; ví dụ: ten@quan11.gov.vn.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should send the address trimmed, mail turned off and English, at the version read', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(200, { ...PROFILE, version: 5 }, false));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    await user.type(screen.getByLabelText(/Địa chỉ email/), '  can-bo@quan11.gov.vn ');
    await user.click(screen.getByRole('checkbox', { name: /Gửi thư/ }));
    await user.selectOptions(screen.getByLabelText(/Ngôn ngữ của thư/), 'en');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PUT');
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(await request.json()).toEqual({ email: 'can-bo@quan11.gov.vn', emailNotifications: false, language: 'en' });
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
  });

  it('should show the API field error under the address', async () => {
    const problem = {
      type: 'urn:planmonitor:problem:validation', title: 'Dữ liệu không hợp lệ', status: 400, detail: 'x', code: 'validation',
      errors: [{ field: 'email', code: 'email-format', message: 'Địa chỉ email không hợp lệ (máy chủ).' }],
    };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(400, problem, true)));
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm profile={PROFILE} />);
    await user.type(screen.getByLabelText(/Địa chỉ email/), 'a@b.c');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Địa chỉ email không hợp lệ (máy chủ).')).toBeTruthy();
  });
});
