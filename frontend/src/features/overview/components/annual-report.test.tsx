import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { AnnualReport, defaultReportYear } from './annual-report';

const PLAN = { id: 1, code: 'D11-STI-2016-2020', firstYear: 2016, lastYear: 2020 };

afterEach(() => vi.unstubAllGlobals());

describe('the annual report button', () => {
  it('should offer last year, kept within the plan', () => {
    expect(defaultReportYear(2016, 2020, 2020)).toBe(2019);
    expect(defaultReportYear(2016, 2020, 2026)).toBe(2020);
    expect(defaultReportYear(2016, 2020, 2015)).toBe(2016);
  });

  it('should download the chosen year as PDF under the name the server gives, and show a refusal', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      urls.push(new URL(request.url).pathname);
      if (request.url.endsWith('.docx')) {
        return jsonResponse(400, { type: 'urn:planmonitor:problem:validation', title: 'Dữ liệu không hợp lệ', status: 400, detail: 'Năm ngoài kế hoạch' });
      }
      return new Response(new Blob(['%PDF-1.7']), {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="bao-cao-nam-2018-D11-STI-2016-2020.pdf"' },
      });
    }));
    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    renderWithProviders(<AnnualReport plan={PLAN} currentYear={2020} />);

    await user.click(await screen.findByRole('button', { name: /Báo cáo năm/ }));
    expect((screen.getByLabelText('Năm báo cáo') as HTMLSelectElement).value).toBe('2019');
    await user.selectOptions(screen.getByLabelText('Năm báo cáo'), '2018');
    await user.click(screen.getByRole('button', { name: /Tải PDF/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đã tải xuống tệp bao-cao-nam-2018-D11-STI-2016-2020.pdf.'));
    expect(urls).toEqual(['/api/v1/plans/1/annual-report/2018.pdf']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: /Tải Word/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Năm ngoài kế hoạch');
  });
});
