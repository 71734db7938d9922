import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '@/lib/api-client';
import type { OrgUnit, OrgUnitInput } from '@/lib/api';

export function saveOrgUnit({ input, existing }: { input: OrgUnitInput; existing?: OrgUnit }) {
  if (!existing) return unwrap(api.POST('/api/v1/org-units', { body: input }));
  return unwrap(
    api.PUT('/api/v1/org-units/{id}', {
      params: { path: { id: existing.id }, header: { 'If-Match': ifMatch(existing.version) } },
      body: input,
    }),
  );
}

export function deleteOrgUnit(unit: OrgUnit) {
  return unwrap(
    api.DELETE('/api/v1/org-units/{id}', { params: { path: { id: unit.id }, header: { 'If-Match': ifMatch(unit.version) } } }),
  );
}

/** The input that reproduces a unit as it is, for edits that change one thing (e.g. deactivate). */
export function orgUnitToInput(unit: OrgUnit): OrgUnitInput {
  return { code: unit.code, nameVi: unit.nameVi, nameEn: unit.nameEn, type: unit.type, parentCode: unit.parentCode, active: unit.active };
}

export function useSaveOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveOrgUnit, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-units'] }) });
}

export function useDeleteOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteOrgUnit, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-units'] }) });
}
