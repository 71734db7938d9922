import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { OrgUnitType } from '@/lib/api';
import type { components } from '@/lib/api-types';

export type CompletenessMatrix = components['schemas']['CompletenessMatrix'];
export type CompletenessCell = components['schemas']['CompletenessCell'];
export type ReportState = components['schemas']['ReportState'];

/** Reporting units × the plan's years, each cell the unit's report status (GET /plans/{id}/completeness-matrix). */
export function getCompletenessMatrix(planId: number, type?: OrgUnitType) {
  return unwrap(api.GET('/api/v1/plans/{id}/completeness-matrix', { params: { path: { id: planId }, query: { type } } }));
}

export function useCompletenessMatrix(planId: number | undefined, type?: OrgUnitType) {
  return useQuery({
    queryKey: ['completeness-matrix', { plan: planId, type: type ?? null }],
    queryFn: () => getCompletenessMatrix(planId!, type),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}
