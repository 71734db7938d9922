import { useState } from 'react';
import { AdminSection, RowActions, RowButton, useAdminScreen } from '@/components/admin/admin-screen';
import { Badge } from '@/components/ui/badge';
import { Pager } from '@/components/ui/pager';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { OrgUnit } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { useRevokeToken, useTokens, type ApiToken, type CreatedApiToken } from '../api/tokens';
import { TokenForm } from './token-form';
import { TokenSecretDialog } from './token-secret';

const PAGE_SIZE = 50;

function TokenState({ token }: { token: ApiToken }) {
  const { t, date } = useI18n();
  if (token.revokedAt) {
    return (
      <Badge tone="returned">
        <span aria-hidden="true">✕</span>
        {t('tokens.revokedOn', { date: date(token.revokedAt) })}
      </Badge>
    );
  }
  if (!token.usable) {
    return (
      <Badge tone="inactive">
        <span aria-hidden="true">–</span>
        {t('tokens.expired')}
      </Badge>
    );
  }
  return (
    <Badge tone="approved">
      <span aria-hidden="true">✓</span>
      {t('tokens.usable')}
    </Badge>
  );
}

/**
 * API tokens for other systems: created with their secret shown once, revoked when no longer
 * needed. `units` (those a write token may be limited to) come from the route.
 */
export function TokensAdmin({ units }: { units: readonly OrgUnit[] }) {
  const { t, date, dateTime, number } = useI18n();
  const [page, setPage] = useState(1);
  const tokens = useTokens(page, PAGE_SIZE);
  const revoke = useRevokeToken();
  const screen = useAdminScreen<never>();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  if (tokens.error) return <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />;
  if (!tokens.data) return <LoadingState />;

  const revokeConfirmation = (token: ApiToken) => ({
    title: t('tokens.revokeTitle', { name: token.name }),
    body: t('tokens.revokeBody'),
    confirmLabel: t('tokens.revoke'),
    run: async () => {
      await revoke.mutateAsync(token);
      return t('tokens.revokedNotice', { name: token.name });
    },
  });

  return (
    <AdminSection id="tokens" title={t('admin.tokens')} count={tokens.data.total} screen={screen} intro={t('tokens.intro')}>
      {tokens.data.items.length === 0 ? (
        <EmptyState title={t('tokens.empty')} />
      ) : (
        <StackTable
          columns={[
            { label: t('tokens.name') },
            { label: t('tokens.scope') },
            { label: t('common.status') },
            { label: t('tokens.expiresOn') },
            { label: t('tokens.lastUsed') },
          ]}
          footer={<Pager page={tokens.data.page} size={tokens.data.size} total={tokens.data.total} onPage={setPage} />}
        >
          {tokens.data.items.map((token) => (
            <tr key={token.id} className={token.usable ? undefined : 'row--inactive'}>
              <td data-label={t('tokens.name')}>
                <span>
                  <strong>{token.name}</strong>
                  <br />
                  <span className="muted small">{t('tokens.createdBy', { by: token.createdBy, date: date(token.createdAt) })}</span>
                </span>
              </td>
              <td data-label={t('tokens.scope')}>
                <span>
                  {t(`tokens.scope.${token.scope}`)}
                  {token.unitCodes.length > 0 && <span className="muted small"> · {token.unitCodes.join(', ')}</span>}
                  <span className="muted small"> · {t(token.defaultRate ? 'tokens.rateDefault' : 'tokens.rateOwn', { rate: number(token.ratePerMinute) })}</span>
                </span>
              </td>
              <td data-label={t('common.status')}>
                <TokenState token={token} />
              </td>
              <td data-label={t('tokens.expiresOn')} className="nowrap">
                {date(token.expiresAt)}
              </td>
              <td data-label={t('tokens.lastUsed')} className="nowrap">
                {token.lastUsedAt ? dateTime(token.lastUsedAt) : <span className="muted">{t('users.never')}</span>}
              </td>
              <RowActions>
                {!token.revokedAt && (
                  <RowButton action={t('tokens.revoke')} name={token.name} variant="danger" onClick={() => screen.ask(revokeConfirmation(token))} />
                )}
              </RowActions>
            </tr>
          ))}
        </StackTable>
      )}
      {screen.editing && (
        <TokenForm
          units={units}
          onClose={(result) => {
            screen.closeEditor();
            if (result) setCreated(result);
          }}
        />
      )}
      {created && (
        <TokenSecretDialog
          created={created}
          onClose={() => {
            screen.setNotice(t('tokens.createdNotice', { name: created.token.name }));
            setCreated(null);
          }}
        />
      )}
    </AdminSection>
  );
}
