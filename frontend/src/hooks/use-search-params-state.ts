import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Screen state kept in the address (like dhis2/aggregate-data-entry-app's context selection):
 * every view can be bookmarked, shared and reloaded, and Back undoes a change of selection.
 *
 * Two changes in quick succession (one filter, then another, before the router has caught up)
 * must both survive: the router's own functional update reads the address of the last render,
 * so the second change would drop the first. Changes not yet in the address are kept here and
 * built upon until the router shows them.
 */
export function useSearchParamsState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const latest = useRef(params);
  // The address asked for and when: only for the moment until the router shows it (a later
  // change of address by other means — Back, a link — is never overridden by a stale one).
  const pending = useRef<{ params: URLSearchParams; at: number } | null>(null);
  const current = params.toString();

  useEffect(() => {
    latest.current = params;
    if (pending.current?.params.toString() === current) pending.current = null;
  }, [params, current]);

  const update = useCallback(
    (changes: Partial<Record<K, string | number | null | undefined>>, options?: { replace?: boolean }) => {
      const recent = pending.current && Date.now() - pending.current.at < 1000 ? pending.current.params : null;
      const next = new URLSearchParams(recent ?? latest.current);
      for (const [key, value] of Object.entries(changes) as Array<[string, string | number | null | undefined]>) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      pending.current = { params: next, at: Date.now() };
      setParams(next, { replace: options?.replace });
    },
    [setParams],
  );

  return [values, update] as const;
}
