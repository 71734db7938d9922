import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { UnitType, UnitTypeInput } from '@/lib/api';

export function saveUnitType({ input, existing }: { input: UnitTypeInput; existing?: UnitType }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/unit-types', { body: input }),
    (params) => api.PUT('/api/v1/unit-types/{id}', { params, body: input }),
  );
}

export function deleteUnitType(type: UnitType) {
  return unwrap(api.DELETE('/api/v1/unit-types/{id}', { params: atVersion(type) }));
}

/** The input that reproduces a type as it is, for edits that change one thing (its place in the order). */
export function unitTypeToInput(type: UnitType): UnitTypeInput {
  return { code: type.code, nameVi: type.nameVi, nameEn: type.nameEn, sortOrder: type.sortOrder, topLevel: type.topLevel };
}

/** Names of types appear on units, indicators and reports: every list under these keys is read again. */
const CHANGED = ['unit-types'];

export function useSaveUnitType() {
  return useInvalidatingMutation(saveUnitType, CHANGED);
}

export function useDeleteUnitType() {
  return useInvalidatingMutation(deleteUnitType, CHANGED);
}
