import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { I18nProvider, type Language } from '@/i18n/i18n';
import { RouteError } from './route-error';

function Crash(): never {
  throw new Error('boom');
}

/** A screen that crashes at `route`, under the route error screen as the app mounts it. */
function renderCrash(route: string, language: Language = 'vi') {
  const router = createMemoryRouter([{ path: '*', element: <Crash />, errorElement: <RouteError /> }], { initialEntries: [route] });
  render(
    <I18nProvider language={language}>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the crash; it is the point here
});
afterEach(() => vi.restoreAllMocks());

describe('the route error screen', () => {
  it('should lead a staff screen back to the overview', async () => {
    renderCrash('/targets/3');
    expect((await screen.findByRole('link', { name: 'Về trang tổng quan' })).getAttribute('href')).toBe('/');
  });

  it.each(['/portal', '/portal/D11-STI-2016-2020', '/portal/D11-STI-2016-2020/targets/T1A', '/embed/targets/D11-STI-2016-2020/T1A'])(
    'should lead %s back to the public portal, not to the staff overview',
    async (route) => {
      renderCrash(route);
      expect((await screen.findByRole('link', { name: 'Về cổng thông tin công khai' })).getAttribute('href')).toBe('/portal');
      expect(screen.queryByRole('link', { name: 'Về trang tổng quan' })).toBeNull();
    },
  );

  it('should say it in English too', async () => {
    renderCrash('/portal/D11-STI-2016-2020', 'en');
    expect((await screen.findByRole('link', { name: 'Back to the public portal' })).getAttribute('href')).toBe('/portal');
  });

  it('should not take a staff path that merely starts with the same letters for a public one', async () => {
    renderCrash('/portalish');
    expect((await screen.findByRole('link', { name: 'Về trang tổng quan' })).getAttribute('href')).toBe('/');
  });
});
