import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Target, TargetInput } from '@/lib/api';

export function saveTarget({ input, existing }: { input: TargetInput; existing?: Target }) {
  if (!existing) return unwrap(api.POST('/api/v1/targets', { body: input }));
  return unwrap(
    api.PUT('/api/v1/targets/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
      body: input,
    }),
  );
}

export function deleteTarget(target: Target) {
  return unwrap(
    api.DELETE('/api/v1/targets/{id}', { params: { path: { id: target.id }, header: { 'If-Match': ifMatch(target.version) } } }),
  );
}

export function useSaveTarget() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveTarget, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['targets'] }) });
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTarget, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['targets'] }) });
}
