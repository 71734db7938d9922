import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATIO } from '@/testing/fixtures';
import { jsonResponse, renderWithProviders } from '@/testing/render';
import { DiscussionForm } from './discussion-form';

afterEach(() => vi.unstubAllGlobals());

const STEP = {
  id: 9, occurredAt: '2026-12-04T08:00:00Z', actor: 'reviewer', action: 'COMMENT', submissionId: 12, planCode: 'D11-STI-2016-2020',
  orgUnitCode: 'P01', period: '2019', field: 'ECON_OFFICER_TRAINING', oldValue: null, newValue: null, comment: 'Nguồn số liệu?',
};

describe('the discussion form', () => {
  it('should send a message about one value to the report and empty itself', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(201, STEP, false));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<DiscussionForm submissionId={12} indicators={[RATIO]} />);
    await user.selectOptions(screen.getByLabelText(/^Về/), 'ECON_OFFICER_TRAINING');
    await user.type(screen.getByLabelText(/Nội dung/), '  Nguồn số liệu? ');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/submissions/12/comments');
    expect(await request.json()).toEqual({ text: 'Nguồn số liệu?', indicatorCode: 'ECON_OFFICER_TRAINING' });
    await waitFor(() => expect((screen.getByLabelText(/Nội dung/) as HTMLTextAreaElement).value).toBe(''));
  });

  it('should not send an empty message', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithProviders(<DiscussionForm submissionId={12} indicators={[RATIO]} />);
    await user.type(screen.getByLabelText(/Nội dung/), '   ');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByText('Vui lòng nhập giá trị.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
