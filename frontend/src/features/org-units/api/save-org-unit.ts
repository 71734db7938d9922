import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { OrgUnit, OrgUnitInput } from '@/lib/api';

export function saveOrgUnit({ input, existing }: { input: OrgUnitInput; existing?: OrgUnit }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/org-units', { body: input }),
    (params) => api.PUT('/api/v1/org-units/{id}', { params, body: input }),
  );
}

export function deleteOrgUnit(unit: OrgUnit) {
  return unwrap(api.DELETE('/api/v1/org-units/{id}', { params: atVersion(unit) }));
}

/** The input that reproduces a unit as it is, for edits that change one thing (e.g. deactivate). */
export function orgUnitToInput(unit: OrgUnit): OrgUnitInput {
  return { code: unit.code, nameVi: unit.nameVi, nameEn: unit.nameEn, type: unit.type, parentCode: unit.parentCode, active: unit.active, validFrom: unit.validFrom };
}

export function useSaveOrgUnit() {
  return useInvalidatingMutation(saveOrgUnit, ['org-units']);
}

export function useDeleteOrgUnit() {
  return useInvalidatingMutation(deleteOrgUnit, ['org-units']);
}
