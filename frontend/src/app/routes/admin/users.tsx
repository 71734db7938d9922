import { QueryState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { UsersAdmin } from '@/features/users/components/users-admin';

export function UsersAdminRoute() {
  const units = useAllOrgUnits();
  const me = usePermissions().me;
  return <QueryState query={units}>{(data) => <UsersAdmin units={data} myUsername={me?.name} />}</QueryState>;
}
