import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ActiveBadge, Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { useI18n } from '@/i18n/i18n';
import { userToInput, useSaveUser, useUsers, type User } from '../api/users';
import { UserForm } from './user-form';

const PAGE_SIZE = 50;

/** Accounts: who may sign in, with which role and for which units; deactivated rather than deleted. */
export function UsersAdmin() {
  const { t, dateTime, pick } = useI18n();
  const [page, setPage] = useState(1);
  const users = useUsers(page, PAGE_SIZE);
  const units = useAllOrgUnits();
  const toggle = useSaveUser();
  const me = usePermissions().me;
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const unitName = (code: string) => {
    const unit = units.data?.find((u) => u.code === code);
    return unit ? pick(unit.nameVi, unit.nameEn) : code;
  };

  if (users.error) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (!users.data || !units.data) return <LoadingState />;

  return (
    <section className="card" aria-labelledby="users-title">
      <div className="page-head">
        <h2 id="users-title" style={{ margin: 0 }}>
          {t('admin.users')} <span className="muted small">({users.data.total})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setEditing('new'); }}>
          + {t('common.create')}
        </Button>
      </div>
      <p className="muted small">{t('users.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {users.data.items.length === 0 ? (
        <EmptyState title={t('users.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('users.account')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.units')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
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
                  <td className="actions">
                    <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
                      <Button size="small" onClick={() => { setNotice(null); setEditing(user); }} aria-label={`${t('common.edit')}: ${user.username}`}>
                        {t('common.edit')}
                      </Button>
                      {user.username !== me?.name && (
                        <Button
                          size="small"
                          variant={user.active ? 'danger' : 'default'}
                          onClick={() => { toggle.reset(); setToggling(user); }}
                          aria-label={`${user.active ? t('common.deactivate') : t('common.activate')}: ${user.username}`}
                        >
                          {user.active ? t('common.deactivate') : t('common.activate')}
                        </Button>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={users.data.page} size={users.data.size} total={users.data.total} onPage={setPage} />
        </div>
      )}
      {editing && (
        <UserForm
          editing={editing === 'new' ? undefined : editing}
          units={units.data}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('users.saved', { name: saved.username }));
          }}
        />
      )}
      <ConfirmDialog
        open={!!toggling}
        title={toggling ? (toggling.active ? t('users.deactivateTitle', { name: toggling.username }) : t('users.activateTitle', { name: toggling.username })) : ''}
        body={toggling?.active ? t('users.deactivateBody') : t('users.activateBody')}
        confirmLabel={toggling?.active ? t('common.deactivate') : t('common.activate')}
        busy={toggle.isPending}
        onClose={() => setToggling(null)}
        onConfirm={() => {
          if (!toggling) return;
          toggle.mutate(
            { input: { ...userToInput(toggling), active: !toggling.active }, existing: toggling },
            {
              onSuccess: (saved) => {
                setToggling(null);
                setNotice(t('users.saved', { name: saved.username }));
              },
            },
          );
        }}
        error={toggle.error ? <ErrorState error={toggle.error} /> : undefined}
      />
    </section>
  );
}
