import { QueryState } from '@/components/ui/states';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { TokensAdmin } from '@/features/tokens/components/tokens-admin';

export function TokensAdminRoute() {
  const units = useAllOrgUnits();
  return <QueryState query={units}>{(data) => <TokensAdmin units={data} />}</QueryState>;
}
