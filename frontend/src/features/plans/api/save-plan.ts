import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { Plan, PlanInput } from '@/lib/api';

/** Creates a plan, or updates it when the version it was read at is given. */
export function savePlan({ input, existing }: { input: PlanInput; existing?: Plan }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/plans', { body: input }),
    (params) => api.PUT('/api/v1/plans/{id}', { params, body: input }),
  );
}

export function deletePlan(plan: Plan) {
  return unwrap(api.DELETE('/api/v1/plans/{id}', { params: atVersion(plan) }));
}

export function useSavePlan() {
  return useInvalidatingMutation(savePlan, ['plans']);
}

export function useDeletePlan() {
  return useInvalidatingMutation(deletePlan, ['plans']);
}
