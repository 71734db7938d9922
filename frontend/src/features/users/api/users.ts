import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { components } from '@/lib/api-types';

export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type Role = components['schemas']['Role'];
export const ROLES: readonly Role[] = ['ADMIN', 'REVIEWER', 'REPORTER', 'VIEWER'];

/** One page of accounts (GET /users), by username. */
export function getUsers(page: number, size: number) {
  return unwrap(api.GET('/api/v1/users', { params: { query: { page, size, sort: 'username' } } }));
}

export function useUsers(page: number, size: number) {
  return useQuery({ queryKey: ['users', { page, size }], queryFn: () => getUsers(page, size), placeholderData: keepPreviousData });
}

/** POST a new account, or PUT over the version read (412 when someone changed it in between). */
export function saveUser({ input, existing }: { input: UserInput; existing?: User }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/users', { body: input }),
    (params) => api.PUT('/api/v1/users/{id}', { params, body: input }),
  );
}

/** The input that keeps an account as it is (password unchanged), for one-field changes such as deactivating. */
export function userToInput(user: User): UserInput {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCodes: user.role === 'REPORTER' ? user.unitCodes : null,
    password: null,
    active: user.active,
  };
}

export function useSaveUser() {
  return useInvalidatingMutation(saveUser, ['users'], 'settled');
}
