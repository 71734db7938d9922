import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-types';
import { toApiError } from './problem';
import { getSession, setSession, UNAUTHORIZED_EVENT } from './session-store';

/**
 * The typed client for the API contract (../openapi.yaml → api-types.ts). Paths, parameters and
 * bodies are checked by the compiler, so a contract change that breaks a screen fails
 * `npm run typecheck`.
 */
let language = 'vi';

/** Called by the i18n provider: the API localizes its error messages from Accept-Language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** The public portal's reads are anonymous: the same for everyone, whoever is signed in on this browser. */
function isPublic(request: Request): boolean {
  return new URL(request.url, window.location.href).pathname.startsWith('/api/v1/public/');
}

/** Headers every request carries: the UI language, and the session's bearer token once signed in. */
function commonHeaders(request: Request): Headers {
  const { headers } = request;
  headers.set('Accept-Language', language === 'en' ? 'en' : 'vi');
  const session = getSession();
  if (session && !headers.has('Authorization') && !isPublic(request)) headers.set('Authorization', `Bearer ${session.token}`);
  return headers;
}

/** A 401 means the session is gone (expired, revoked) or needed: forget it and ask to sign in. */
function noticeUnauthorized(response: Response, request: Request): void {
  const isSignIn = request.method === 'POST' && new URL(request.url, window.location.href).pathname === '/api/v1/session';
  if (response.status === 401 && !isSignIn && !isPublic(request)) {
    setSession(null);
    window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
  }
}

const middleware: Middleware = {
  onRequest({ request }) {
    commonHeaders(request);
    return request;
  },
  onResponse({ request, response }) {
    noticeUnauthorized(response, request);
    return response;
  },
};

// Same origin as the page (the backend serves the SPA; the dev server proxies /api). The fetch
// is looked up on each call rather than captured once, so tests can stand in for the server.
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  fetch: (request) => globalThis.fetch(request),
});
api.use(middleware);

/** The value of an If-Match header for a resource read at this version. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Returns the body of a successful call, or throws an ApiError carrying the problem details.
 * (openapi-fetch resolves with `error` instead of throwing; React Query wants a throw.)
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}

/** The path and If-Match of a write to a resource at the version it was read (a 412 if it changed since). */
export function atVersion(resource: { id: number; version: number }) {
  return { path: { id: resource.id }, header: { 'If-Match': ifMatch(resource.version) } };
}

/** Creates when nothing was read yet, otherwise replaces what was read, at its version. */
export function createOrReplace<T>(
  existing: { id: number; version: number } | undefined,
  create: () => Promise<Result<T>>,
  replace: (params: ReturnType<typeof atVersion>) => Promise<Result<T>>,
): Promise<T> {
  return unwrap(existing ? replace(atVersion(existing)) : create());
}
