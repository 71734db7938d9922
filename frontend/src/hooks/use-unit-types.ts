import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { sortTypes, typeName } from '@/utils/unit-types';

/** Every unit type, in one request (there are a handful); shared by every screen that names or groups units. */
export async function getUnitTypes() {
  const page = await unwrap(api.GET('/api/v1/unit-types', { params: { query: { size: MAX_PAGE_SIZE } } }));
  return sortTypes(page.items);
}

export const unitTypesQueryOptions = () => queryOptions({ queryKey: ['unit-types'], queryFn: getUnitTypes });

/** The unit types (`data`, in their order) and `name(code)` in the reader's language. */
export function useUnitTypes() {
  const query = useQuery(unitTypesQueryOptions());
  const { pick } = useI18n();
  const { data } = query;
  const name = useMemo(() => (code: string) => typeName(data, code, pick), [data, pick]);
  return { ...query, name };
}
