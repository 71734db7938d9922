import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import { ApiError } from '@/lib/problem';
import { getSession, setSession, subscribeSession } from '@/lib/session-store';

/** Sign-in (POST /api/v1/session), who am I (GET) and sign-out (DELETE). */
export type Me = components['schemas']['Me'];
export type RoleName = components['schemas']['Role'];

export async function signIn(username: string, password: string) {
  const result = await unwrap(api.POST('/api/v1/session', { body: { username, password } }));
  setSession({ token: result.token, expiresAt: result.expiresAt });
  return result;
}

export async function signOut(): Promise<void> {
  try {
    await unwrap(api.DELETE('/api/v1/session'));
  } finally {
    setSession(null);
  }
}

/** The stored token (re-renders on sign-in and sign-out, in this tab or another). */
export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribeSession, () => getSession()?.token ?? null, () => null);
}

/**
 * Who is signed in, or null when nobody is (or the server has no sign-in: then the screens stay
 * open to everyone, as they were before accounts existed).
 */
export function useMe() {
  const token = useSessionToken();
  return useQuery({
    queryKey: ['session', token],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/session'));
      } catch (error) {
        // A server without accounts has no /session: everyone may use every screen.
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: !!token,
    staleTime: 5 * 60_000,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => signIn(username, password),
    // Everything read before (and refused with 401) is read again as the signed-in person.
    // Not awaited: the next screen shows its own loading state.
    onSuccess: () => {
      void queryClient.resetQueries();
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSettled: () => queryClient.clear() });
}

/** What the signed-in person may do. Without a session everything is offered and the API decides. */
export interface Permissions {
  signedIn: boolean;
  me: Me | null;
  admin: boolean;
  review: boolean;
  /** Whether reports may be read at all (a VIEWER account sees the plan and completeness only). */
  readReports: boolean;
  /** Whether this unit's reports may be edited (a reporter only edits their own units). */
  report: (unitCode: string) => boolean;
  /** The units a reporter is limited to, or null for no limit. */
  reportUnits: readonly string[] | null;
  /** Bulk exchange: importing needs REPORTER (own units) or ADMIN, exporting READER; either opens the screen. */
  importData: boolean;
  exportData: boolean;
  exchange: boolean;
}

export function usePermissions(): Permissions {
  const token = useSessionToken();
  const me = useMe().data ?? null;
  if (!token || !me) {
    return {
      signedIn: !!token && !!me, me: null, admin: true, review: true, readReports: true, report: () => true, reportUnits: null,
      importData: true, exportData: true, exchange: true,
    };
  }
  const roles = new Set(me.roles);
  const limited = roles.has('REPORTER') && !roles.has('ADMIN') && me.unitCodes.length > 0 ? me.unitCodes : null;
  return {
    signedIn: true,
    me,
    admin: roles.has('ADMIN'),
    review: roles.has('REVIEWER'),
    readReports: roles.has('REPORTER') || roles.has('READER'),
    report: (unitCode) => roles.has('REPORTER') && (!limited || limited.includes(unitCode)),
    reportUnits: limited,
    importData: roles.has('REPORTER'),
    exportData: roles.has('READER'),
    exchange: roles.has('REPORTER') || roles.has('READER'),
  };
}
