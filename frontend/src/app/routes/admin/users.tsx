import { UsersAdmin } from '@/features/users/components/users-admin';

export function UsersAdminRoute() {
  return <UsersAdmin />;
}
