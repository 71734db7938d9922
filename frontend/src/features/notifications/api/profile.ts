import { useQuery } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { components } from '@/lib/api-types';

export type Profile = components['schemas']['Profile'];
export type ProfileInput = components['schemas']['ProfileInput'];

/** The signed-in person's own mail settings. */
export function useProfile() {
  return useQuery({ queryKey: ['profile'], queryFn: () => unwrap(api.GET('/api/v1/profile')) });
}

/** Saves the settings at the version read, so a change made meanwhile (another tab) is not overwritten. */
export function saveProfile({ input, existing }: { input: ProfileInput; existing: Profile }) {
  return unwrap(api.PUT('/api/v1/profile', { params: { header: { 'If-Match': ifMatch(existing.version) } }, body: input }));
}

export function useSaveProfile() {
  return useInvalidatingMutation(saveProfile, ['profile']);
}
