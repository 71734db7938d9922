import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import type { Webhook, WebhookDelivery } from '../api/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';

const HOOK: Webhook = {
  id: 3, url: 'https://thongke.example.vn/hooks', events: ['report.approved'], description: null, active: true,
  pendingDeliveries: 0, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', version: 4,
};
/** 31 bytes: "đ" is two bytes in UTF-8, so 15 of them and one letter fall one short of 32. */
const SHORT_SECRET = 'đ'.repeat(15) + 'x';

afterEach(() => vi.unstubAllGlobals());

describe('the webhook form', () => {
  it('should refuse a secret under 32 bytes, no event and a non-http address before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<WebhookForm onClose={() => undefined} />);
    await user.clear(screen.getByLabelText(/Địa chỉ nhận/));
    await user.type(screen.getByLabelText(/Địa chỉ nhận/), 'ftp://thongke.example.vn');
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    await user.type(screen.getByLabelText(/Khoá bí mật/), SHORT_SECRET);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Khoá bí mật phải dài ít nhất 32 byte.')).toBeTruthy();
    expect(screen.getByText('Chọn ít nhất một sự kiện.')).toBeTruthy();
    expect(screen.getByText('Phải là địa chỉ bắt đầu bằng http:// hoặc https://.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should register the chosen events and show the API’s refusal of an internal address under the URL', async () => {
    const refusal = {
      type: 'urn:planmonitor:problem:validation', title: 'Dữ liệu không hợp lệ', status: 400,
      detail: 'Một số trường không hợp lệ; xem danh sách lỗi.', instance: '/api/v1/webhooks', code: 'validation',
      errors: [{ field: 'url', code: 'address-not-allowed', message: 'Địa chỉ này thuộc mạng nội bộ.' }],
    };
    const fetch = vi.fn(async (_request: Request) => jsonResponse(400, refusal, true));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<WebhookForm onClose={() => undefined} />);
    await user.clear(screen.getByLabelText(/Địa chỉ nhận/));
    await user.type(screen.getByLabelText(/Địa chỉ nhận/), 'http://10.0.0.5/hook');
    await user.click(screen.getByRole('checkbox', { name: /Báo cáo được gửi duyệt/ }));
    await user.type(screen.getByLabelText(/Khoá bí mật/), 'đ'.repeat(16));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Địa chỉ này thuộc mạng nội bộ.')).toBeTruthy();
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(await request.json()).toEqual({
      url: 'http://10.0.0.5/hook', events: ['report.approved', 'report.returned', 'report.reopened', 'plan.published'],
      secret: 'đ'.repeat(16), description: null, active: true,
    });
  });

  it('should keep the secret when left empty, at the version read', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(200, { ...HOOK, version: 5 }, false));
    vi.stubGlobal('fetch', fetch);
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<WebhookForm editing={HOOK} onClose={onClose} />);
    await user.click(screen.getByRole('checkbox', { name: /Kế hoạch được công bố/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PUT');
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(await request.json()).toEqual({
      url: HOOK.url, events: ['report.approved', 'plan.published'], secret: null, description: null, active: true,
    });
  });
});

describe('the delivery log', () => {
  it('should show each attempt’s answer, a timeout as no answer, and when the next attempt is due', async () => {
    const delivery: WebhookDelivery = {
      id: 9, eventId: '0f8e6c1a-3b2d-4e5f-9a7b-1c2d3e4f5a6b', eventType: 'report.approved', state: 'PENDING',
      createdAt: '2026-12-04T02:00:00Z', attempts: 2, nextAttemptAt: '2026-12-04T02:01:30Z', finishedAt: null,
      lastStatusCode: null, lastError: 'no answer within 10000 ms',
      log: [
        { attempt: 1, attemptedAt: '2026-12-04T02:00:01Z', statusCode: 500, error: 'HTTP 500', durationMs: 1234 },
        { attempt: 2, attemptedAt: '2026-12-04T02:00:31Z', statusCode: null, error: 'no answer within 10000 ms', durationMs: 10002 },
      ],
    };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { items: [delivery], page: 1, size: 20, total: 1 }, false)));
    renderWithProviders(<WebhookDeliveries webhookId={3} />);
    expect(await screen.findByText('Đang chờ')).toBeTruthy();
    // vi-VN: a dot groups thousands, the day comes first (the hour depends on the machine's time zone).
    expect(screen.getByText(/500 · 1\.234 ms/)).toBeTruthy();
    expect(screen.getByText(/không có trả lời · 10\.002 ms/)).toBeTruthy();
    expect(screen.getByText(/thử lại lúc 04\/12\/2026/)).toBeTruthy();
  });
});
