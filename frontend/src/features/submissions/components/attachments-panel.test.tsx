import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { AttachmentsPanel } from './attachments-panel';

const FILE = {
  submissionId: 7,
  indicatorCode: null,
  size: 625,
  sha256: 'a'.repeat(64),
  uploadedBy: 'phuong1',
  uploadedAt: '2026-12-04T08:00:00Z',
};
const FILES = [
  { ...FILE, id: 1, fileName: 'quyet-dinh.pdf', contentType: 'application/pdf' },
  { ...FILE, id: 2, fileName: 'hong.pdf', contentType: 'application/pdf' },
  { ...FILE, id: 3, fileName: 'so-lieu.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
];

afterEach(() => vi.unstubAllGlobals());

describe('the attachments panel', () => {
  it('should show the picture the server draws in an <img>, say why a file has none, and never frame the file', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      urls.push(path);
      if (path.endsWith('/attachments')) return jsonResponse(200, { items: FILES });
      if (path.endsWith('/2/preview.png')) {
        return jsonResponse(422, {
          type: 'urn:planmonitor:problem:preview-unreadable', title: 'Không tạo được bản xem trước', status: 422,
          detail: 'Không đọc được tệp để tạo bản xem trước.', code: 'preview-unreadable',
        });
      }
      return new Response(new Blob(['png']), { status: 200, headers: { 'Content-Type': 'image/png' } });
    }));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:preview'), revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    const { container } = renderWithProviders(<AttachmentsPanel submissionId={7} indicators={[]} canEdit />);

    // The app's own file button and the chosen name, in Vietnamese; the native control is hidden.
    expect(screen.getByLabelText('Chọn tệp để tải lên').getAttribute('type')).toBe('file');
    expect(screen.getByText('Chưa chọn tệp nào')).toBeTruthy();
    // Office files have no preview button.
    await screen.findByText('so-lieu.xlsx');
    expect(screen.queryByRole('button', { name: 'Xem trước “so-lieu.xlsx”' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Xem trước “quyet-dinh.pdf”' }));
    const picture = await screen.findByRole('img', { name: 'Trang đầu của tệp “quyet-dinh.pdf”' });
    expect(picture.getAttribute('src')).toBe('blob:preview');
    expect(urls).toContain('/api/v1/submissions/7/attachments/1/preview.png');

    await user.click(screen.getByRole('button', { name: 'Xem trước “hong.pdf”' }));
    await waitFor(() => expect(screen.getByText('Không đọc được tệp để tạo bản xem trước.')).toBeTruthy());
    expect(screen.queryByRole('img', { name: /hong\.pdf/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
  });
});
