import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

export type PublicVisit = components['schemas']['PublicVisit'];
export type VisitCounts = components['schemas']['PublicVisitCounts'];

/**
 * The portal's view counters, like the district news site's "SỐ LƯỢT TRUY CẬP" and "Số lượt người
 * xem": each page counts itself once when it opens (POST /public/visits). The server ignores the same
 * browser counting the same page again within 30 minutes, so a reload is not a new view; it knows the
 * browser by a random id kept here (no cookie, nothing about the person).
 */
export const VISITOR_STORAGE_KEY = 'planmonitor.visitor';
const VISITOR_FORMAT = /^[A-Za-z0-9_-]{8,64}$/; // what the API accepts in X-Visitor

let unstoredId: string | null = null;

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context (https or localhost); getRandomValues does not.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This browser's visitor id: read from localStorage, created there on the first visit. */
export function visitorId(): string {
  try {
    const stored = window.localStorage.getItem(VISITOR_STORAGE_KEY);
    if (stored && VISITOR_FORMAT.test(stored)) return stored;
    const id = randomId();
    window.localStorage.setItem(VISITOR_STORAGE_KEY, id);
    return id;
  } catch {
    // No storage (private mode, blocked in a frame): one id for as long as the page lives.
    unstoredId ??= randomId();
    return unstoredId;
  }
}

/** Counts a view of a page and returns the counts after it. */
export function countVisit(visit: PublicVisit): Promise<VisitCounts> {
  return unwrap(api.POST('/api/v1/public/visits', { body: visit, params: { header: { 'X-Visitor': visitorId() } } }));
}

/**
 * Counts the page once per mount and gives the counts to show. React's StrictMode runs effects
 * twice on mount; the request is kept in a ref, which survives that, so it is sent once. Another
 * page in the same component (a new target) is counted again.
 */
export function useVisitCount(visit: PublicVisit): { counts: VisitCounts | null; error: unknown } {
  const key = `${visit.plan ?? ''}|${visit.page}`;
  const sent = useRef<{ key: string; promise: Promise<VisitCounts> } | null>(null);
  const [result, setResult] = useState<{ key: string; counts: VisitCounts | null; error: unknown } | null>(null);

  useEffect(() => {
    if (sent.current?.key !== key) sent.current = { key, promise: countVisit(visit) };
    let active = true;
    sent.current.promise.then(
      (counts) => active && setResult({ key, counts, error: null }),
      (error: unknown) => active && setResult({ key, counts: null, error }),
    );
    return () => {
      active = false;
    };
    // The visit is identified by its key; a new object for the same page is not a new view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return result?.key === key ? { counts: result.counts, error: result.error } : { counts: null, error: null };
}
