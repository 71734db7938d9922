import { api, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { Plan, PlanCopyInput, PlanDefinition } from '@/lib/api';

export function getPlanDefinition(plan: Plan) {
  return unwrap(api.GET('/api/v1/plans/{id}/definition', { params: { path: { id: plan.id } } }));
}

/** A dry run answers what the import would do and stores nothing; the real one stores all of it or nothing. */
export function importPlanDefinition({ definition, dryRun }: { definition: PlanDefinition; dryRun: boolean }) {
  return unwrap(api.POST('/api/v1/plan-definitions', { params: { query: { dryRun: dryRun ? 'true' : 'false' } }, body: definition }));
}

export function copyPlan({ plan, input }: { plan: Plan; input: PlanCopyInput }) {
  return unwrap(api.POST('/api/v1/plans/{id}/copy', { params: { path: { id: plan.id } }, body: input }));
}

// Indicators and targets are listed under their own keys: an import or a copy changes them too.
export function useImportPlanDefinition() {
  return useInvalidatingMutation(importPlanDefinition, []);
}

export function useCopyPlan() {
  return useInvalidatingMutation(copyPlan, ['plans']);
}

/** Saves the definition as a JSON file named after the plan. */
export function downloadJson(definition: PlanDefinition, fileName: string) {
  const blob = new Blob([JSON.stringify(definition, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
