import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Screen state kept in the address (like dhis2/aggregate-data-entry-app's context selection):
 * every view can be bookmarked, shared and reloaded, and Back undoes a change of selection.
 */
export function useSearchParamsState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;

  const update = useCallback(
    (changes: Partial<Record<K, string | number | null | undefined>>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes) as Array<[string, string | number | null | undefined]>) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options?.replace },
      );
    },
    [setParams],
  );

  return [values, update] as const;
}
