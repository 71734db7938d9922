import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, atVersion, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { components } from '@/lib/api-types';

export type ApiToken = components['schemas']['ApiToken'];
export type ApiTokenInput = components['schemas']['ApiTokenInput'];
export type CreatedApiToken = components['schemas']['CreatedApiToken'];

/** One page of API tokens (never their secrets), soonest to expire last. */
export function getTokens(page: number, size: number) {
  return unwrap(api.GET('/api/v1/tokens', { params: { query: { page, size, sort: '-id' } } }));
}

export function useTokens(page: number, size: number) {
  return useQuery({ queryKey: ['tokens', { page, size }], queryFn: () => getTokens(page, size), placeholderData: keepPreviousData });
}

/** Creates a token; the answer carries its secret, the only time it is ever shown. */
export function createToken(input: ApiTokenInput) {
  return unwrap(api.POST('/api/v1/tokens', { body: input }));
}

/** Revokes a token at the version read: it stops working at once and stays listed as revoked. */
export function revokeToken(token: ApiToken) {
  return unwrap(api.DELETE('/api/v1/tokens/{id}', { params: atVersion(token) }));
}

export function useCreateToken() {
  return useInvalidatingMutation(createToken, ['tokens']);
}

export function useRevokeToken() {
  return useInvalidatingMutation(revokeToken, ['tokens'], 'settled');
}

/** The last moment of a calendar day in Hồ Chí Minh City (UTC+7), as the API's instant. */
export function endOfDayInVietnam(date: string): string {
  return new Date(`${date}T23:59:59+07:00`).toISOString();
}

/** A calendar day `days` from today (yyyy-mm-dd, local). */
export function daysFromToday(days: number, today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
