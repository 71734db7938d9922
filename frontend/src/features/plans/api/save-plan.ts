import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { Plan, PlanInput } from '@/lib/api';

/** Creates a plan, or updates it when the version it was read at is given. */
export function savePlan({ input, existing }: { input: PlanInput; existing?: Plan }) {
  if (!existing) return unwrap(api.POST('/api/v1/plans', { body: input }));
  return unwrap(
    api.PUT('/api/v1/plans/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
      body: input,
    }),
  );
}

export function deletePlan(plan: Plan) {
  return unwrap(
    api.DELETE('/api/v1/plans/{id}', { params: { path: { id: plan.id }, header: { 'If-Match': ifMatch(plan.version) } } }),
  );
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePlan, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }) });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deletePlan, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }) });
}
