import { useState } from 'react';
import { AdminSection, RowActions, RowButton, useAdminScreen } from '@/components/admin/admin-screen';
import { ActiveBadge, Badge } from '@/components/ui/badge';
import { Pager } from '@/components/ui/pager';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { OrgUnit } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { userToInput, useSaveUser, useUsers, type User } from '../api/users';
import { UserForm } from './user-form';

const PAGE_SIZE = 50;

/**
 * Accounts: who may sign in, with which role and for which units; deactivated rather than deleted.
 * `units` and the signed-in person's `myUsername` (who may not deactivate themselves) come from the route.
 */
export function UsersAdmin({ units, myUsername }: { units: readonly OrgUnit[]; myUsername: string | undefined }) {
  const { t, dateTime, pick } = useI18n();
  const [page, setPage] = useState(1);
  const users = useUsers(page, PAGE_SIZE);
  const toggle = useSaveUser();
  const screen = useAdminScreen<User>();
  const unitName = (code: string) => {
    const unit = units.find((u) => u.code === code);
    return unit ? pick(unit.nameVi, unit.nameEn) : code;
  };

  if (users.error) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (!users.data) return <LoadingState />;

  const toggleConfirmation = (user: User) => ({
    title: user.active ? t('users.deactivateTitle', { name: user.username }) : t('users.activateTitle', { name: user.username }),
    body: user.active ? t('users.deactivateBody') : t('users.activateBody'),
    confirmLabel: user.active ? t('common.deactivate') : t('common.activate'),
    run: async () => {
      const saved = await toggle.mutateAsync({ input: { ...userToInput(user), active: !user.active }, existing: user });
      return t('users.saved', { name: saved.username });
    },
  });

  return (
    <AdminSection id="users" title={t('admin.users')} count={users.data.total} screen={screen} intro={t('users.intro')}>
      {users.data.items.length === 0 ? (
        <EmptyState title={t('users.empty')} />
      ) : (
        <StackTable
          columns={[{ label: t('users.account') }, { label: t('users.role') }, { label: t('users.units') }, { label: t('users.lastSignIn') }]}
          footer={<Pager page={users.data.page} size={users.data.size} total={users.data.total} onPage={setPage} />}
        >
          {users.data.items.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'row--inactive'}>
              <td data-label={t('users.account')}>
                <span>
                  <strong>{user.displayName}</strong>
                  <br />
                  <code className="small">{user.username}</code> <ActiveBadge active={user.active} />
                  {user.locked && (
                    <Badge tone="returned">
                      <span aria-hidden="true">✕</span>
                      {t('users.locked')}
                    </Badge>
                  )}
                </span>
              </td>
              <td data-label={t('users.role')}>
                <Badge tone={user.role === 'ADMIN' ? 'code' : 'neutral'}>{t(`role.${user.role}`)}</Badge>
              </td>
              <td data-label={t('users.units')}>
                {user.unitCodes.length === 0 ? <span className="muted">{t('users.allUnits')}</span> : user.unitCodes.map(unitName).join(', ')}
              </td>
              <td data-label={t('users.lastSignIn')} className="nowrap">
                {user.lastSignInAt ? dateTime(user.lastSignInAt) : <span className="muted">{t('users.never')}</span>}
              </td>
              <RowActions>
                <RowButton action={t('common.edit')} name={user.username} onClick={() => screen.edit(user)} />
                {user.username !== myUsername && (
                  <RowButton
                    action={user.active ? t('common.deactivate') : t('common.activate')}
                    name={user.username}
                    variant={user.active ? 'danger' : 'default'}
                    onClick={() => screen.ask(toggleConfirmation(user))}
                  />
                )}
              </RowActions>
            </tr>
          ))}
        </StackTable>
      )}
      {screen.editing && (
        <UserForm editing={screen.editing.item} units={units} onClose={(saved) => screen.closeEditor(saved && t('users.saved', { name: saved.username }))} />
      )}
    </AdminSection>
  );
}
