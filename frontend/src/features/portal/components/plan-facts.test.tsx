import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PUBLIC_PLAN } from '@/testing/public-fixtures';
import { renderWithProviders } from '@/testing/render';
import { SourceLink } from './plan-facts';

describe('the source document link', () => {
  it('should open the public address of the source document when the plan has one', async () => {
    renderWithProviders(<SourceLink plan={{ sourceUrl: 'https://quan11.hochiminhcity.gov.vn/ke-hoach', sourceDocument: PUBLIC_PLAN.sourceDocument }} />);
    const link = await screen.findByRole('link', { name: /^Văn bản gốc/ });
    expect(link.getAttribute('href')).toBe('https://quan11.hochiminhcity.gov.vn/ke-hoach');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Văn bản gốc (mở trong thẻ mới)');
  });

  it('should open the text stored with the plan when there is no public address', async () => {
    renderWithProviders(<SourceLink plan={{ sourceUrl: null, sourceDocument: PUBLIC_PLAN.sourceDocument }} />, { language: 'en' });
    const link = await screen.findByRole('link', { name: /^Source document/ });
    expect(link.getAttribute('href')).toBe('/api/v1/public/plans/D11-STI-2016-2020/source');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(link.textContent).toBe('Source document (copy kept on the portal) (opens in a new tab)');
  });

  it('should say plainly that there is neither', async () => {
    renderWithProviders(<SourceLink plan={{ sourceUrl: null, sourceDocument: null }} />);
    expect(await screen.findByText('Văn bản gốc: chưa có đường dẫn công khai')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
