/**
 * The signed-in session's bearer token, kept in localStorage so a reload or a second tab stays
 * signed in until the token expires or the person signs out. Nothing else about the user is
 * stored: who they are is always asked of the API (GET /api/v1/session).
 */
const KEY = 'planmonitor.session';

export interface StoredSession {
  token: string;
  expiresAt: string | null;
}

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): StoredSession | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    if (!session.token) return null;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

let current: StoredSession | null = typeof window === 'undefined' ? null : read();

export function getSession(): StoredSession | null {
  if (current?.expiresAt && Date.parse(current.expiresAt) <= Date.now()) current = null;
  return current;
}

export function setSession(session: StoredSession | null): void {
  current = session;
  try {
    if (session) window.localStorage.setItem(KEY, JSON.stringify(session));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode: the session lasts as long as the page.
  }
  listeners.forEach((listener) => listener());
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  // Signing in or out in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) {
      current = read();
      listeners.forEach((listener) => listener());
    }
  });
}

/** Fired when the API answers 401: the token expired or was revoked, or sign-in is required. */
export const UNAUTHORIZED_EVENT = 'planmonitor:unauthorized';
