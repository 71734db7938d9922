import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A write after which every query under `queryKey` is read again: a list changes when one of its
 * items does. `settled` also re-reads after a failure (e.g. a token revoked meanwhile by someone else).
 */
export function useInvalidatingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  queryKey: QueryKey,
  when: 'success' | 'settled' = 'success',
) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey });
  return useMutation({ mutationFn, ...(when === 'success' ? { onSuccess: invalidate } : { onSettled: invalidate }) });
}
