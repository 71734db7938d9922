import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '@/lib/session-store';
import { jsonResponse } from '@/testing/render';
import { countVisit, useVisitCount, VISITOR_STORAGE_KEY, visitorId, type PublicVisit } from './count-visit';

const COUNTS = { counted: true, portalVisits: 1234, pageViews: 56 };

function stubServer() {
  const fetch = vi.fn(async (_request: Request) => jsonResponse(200, COUNTS, false));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setSession(null);
});

describe('the visitor id', () => {
  it('should be created once, kept in localStorage and reused, in the form the API accepts', () => {
    const first = visitorId();
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(window.localStorage.getItem(VISITOR_STORAGE_KEY)).toBe(first);
    expect(visitorId()).toBe(first);
  });

  it('should be a new one for a browser that has none (another person, another browser)', () => {
    const first = visitorId();
    window.localStorage.clear();
    expect(visitorId()).not.toBe(first);
  });

  it('should replace a stored value the API would not accept', () => {
    window.localStorage.setItem(VISITOR_STORAGE_KEY, 'bad id!');
    const id = visitorId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(window.localStorage.getItem(VISITOR_STORAGE_KEY)).toBe(id);
  });

  it('should stay the same for the page when storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const id = visitorId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(visitorId()).toBe(id);
  });
});

describe('counting a visit', () => {
  it('should send the page with the visitor id and no bearer token, even when staff are signed in', async () => {
    const fetch = stubServer();
    setSession({ token: 'staff-token', expiresAt: null });
    await expect(countVisit({ page: 'target:T1A', plan: 'D11-STI-2016-2020' })).resolves.toEqual(COUNTS);
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/public/visits');
    expect(request.headers.get('X-Visitor')).toBe(visitorId());
    expect(request.headers.get('Authorization')).toBeNull();
    expect(await request.json()).toEqual({ page: 'target:T1A', plan: 'D11-STI-2016-2020' });
  });

  it('should count once per mount, not per render, even under StrictMode', async () => {
    const fetch = stubServer();
    const seen: Array<number | null> = [];
    function Page({ visit, label }: { visit: PublicVisit; label: string }) {
      const { counts } = useVisitCount(visit);
      seen.push(counts?.pageViews ?? null);
      return <p>{label}</p>;
    }
    const view = render(
      <StrictMode>
        <Page visit={{ page: 'plan', plan: 'D11-STI-2016-2020' }} label="a" />
      </StrictMode>,
    );
    await waitFor(() => expect(seen.at(-1)).toBe(56));
    // A re-render with a new (equal) visit object is the same page: not counted again.
    view.rerender(
      <StrictMode>
        <Page visit={{ page: 'plan', plan: 'D11-STI-2016-2020' }} label="b" />
      </StrictMode>,
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    // Another page shown by the same component is a new view.
    view.rerender(
      <StrictMode>
        <Page visit={{ page: 'target:T2', plan: 'D11-STI-2016-2020' }} label="c" />
      </StrictMode>,
    );
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    // Unmounted and opened again: a new view, which the server recognises as a reload if it is one.
    view.unmount();
    render(<Page visit={{ page: 'plan', plan: 'D11-STI-2016-2020' }} label="d" />);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
  });
});
