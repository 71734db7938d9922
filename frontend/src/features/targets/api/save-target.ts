import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { Target, TargetInput } from '@/lib/api';

export function saveTarget({ input, existing }: { input: TargetInput; existing?: Target }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/targets', { body: input }),
    (params) => api.PUT('/api/v1/targets/{id}', { params, body: input }),
  );
}

export function deleteTarget(target: Target) {
  return unwrap(api.DELETE('/api/v1/targets/{id}', { params: atVersion(target) }));
}

export function useSaveTarget() {
  return useInvalidatingMutation(saveTarget, ['targets']);
}

export function useDeleteTarget() {
  return useInvalidatingMutation(deleteTarget, ['targets']);
}
