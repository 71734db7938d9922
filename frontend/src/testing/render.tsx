import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { I18nProvider, type Language } from '@/i18n/i18n';
import { unitTypesQueryOptions } from '@/hooks/use-unit-types';
import type { UnitType } from '@/lib/api';
import { UNIT_TYPES } from './fixtures';

/**
 * Renders a component with the app's providers: language, a fresh query cache, a data router.
 * `path` is the route pattern the component is mounted at, for components that read route params.
 * The unit types (reference data every unit list reads) are in the cache already, District 11's five
 * unless `unitTypes` says otherwise, so a test's fetch stub serves only what the test is about.
 */
export function renderWithProviders(
  ui: ReactElement,
  { language = 'vi' as Language, route = '/', path = '*', unitTypes = UNIT_TYPES as readonly UnitType[] } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const { queryKey } = unitTypesQueryOptions();
  queryClient.setQueryDefaults(queryKey, { staleTime: Infinity });
  queryClient.setQueryData(queryKey, [...unitTypes]);
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [route] });
  return render(
    <I18nProvider language={language}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

/** A JSON or problem+json response, as the API would send it. */
export function jsonResponse(status: number, body: unknown, problem = status >= 400): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json' },
  });
}
