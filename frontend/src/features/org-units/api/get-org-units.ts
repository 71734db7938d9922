import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE } from '@/lib/api';

/**
 * Every reporting unit, in one request: a district has tens of units, so pickers, trees and
 * "who reports this" counts work on the whole list in the browser.
 */
export async function getAllOrgUnits() {
  const page = await unwrap(api.GET('/api/v1/org-units', { params: { query: { size: MAX_PAGE_SIZE, sort: 'code' } } }));
  return page.items;
}

export const allOrgUnitsQueryOptions = () => queryOptions({ queryKey: ['org-units', 'all'], queryFn: getAllOrgUnits });

export function useAllOrgUnits() {
  return useQuery(allOrgUnitsQueryOptions());
}
