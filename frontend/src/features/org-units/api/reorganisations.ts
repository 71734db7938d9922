import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { ReorganisationInput } from '@/lib/api';

export function getOrgUnitLineage(id: number) {
  return unwrap(api.GET('/api/v1/org-units/{id}/lineage', { params: { path: { id } } }));
}

export const orgUnitLineageQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['org-units', 'lineage', id], queryFn: () => getOrgUnitLineage(id) });

export function useOrgUnitLineage(id: number) {
  return useQuery(orgUnitLineageQueryOptions(id));
}

export function recordReorganisation(input: ReorganisationInput) {
  return unwrap(api.POST('/api/v1/reorganisations', { body: input }));
}

/** A merge ends units and creates one: every unit list (and lineage) is stale afterwards. */
export function useRecordReorganisation() {
  return useInvalidatingMutation(recordReorganisation, ['org-units']);
}
