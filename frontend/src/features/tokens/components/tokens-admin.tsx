import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
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

/** API tokens for other systems: created with their secret shown once, revoked when no longer needed. */
export function TokensAdmin() {
  const { t, date, dateTime } = useI18n();
  const [page, setPage] = useState(1);
  const tokens = useTokens(page, PAGE_SIZE);
  const units = useAllOrgUnits();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (tokens.error) return <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />;
  if (!tokens.data || !units.data) return <LoadingState />;

  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="page-head">
        <h2 id="tokens-title" style={{ margin: 0 }}>
          {t('admin.tokens')} <span className="muted small">({tokens.data.total})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setCreating(true); }}>
          + {t('common.create')}
        </Button>
      </div>
      <p className="muted small">{t('tokens.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {tokens.data.items.length === 0 ? (
        <EmptyState title={t('tokens.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.scope')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('tokens.expiresOn')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
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
                  <td className="actions">
                    {!token.revokedAt && (
                      <Button size="small" variant="danger" onClick={() => { revoke.reset(); setRevoking(token); }} aria-label={`${t('tokens.revoke')}: ${token.name}`}>
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={tokens.data.page} size={tokens.data.size} total={tokens.data.total} onPage={setPage} />
        </div>
      )}
      {creating && (
        <TokenForm
          units={units.data}
          onClose={(result) => {
            setCreating(false);
            if (result) setCreated(result);
          }}
        />
      )}
      {created && (
        <TokenSecretDialog
          created={created}
          onClose={() => {
            setNotice(t('tokens.createdNotice', { name: created.token.name }));
            setCreated(null);
          }}
        />
      )}
      <ConfirmDialog
        open={!!revoking}
        title={revoking ? t('tokens.revokeTitle', { name: revoking.name }) : ''}
        body={t('tokens.revokeBody')}
        confirmLabel={t('tokens.revoke')}
        busy={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking, {
            onSuccess: () => {
              setNotice(t('tokens.revokedNotice', { name: revoking.name }));
              setRevoking(null);
            },
          });
        }}
        error={revoke.error ? <ErrorState error={revoke.error} /> : undefined}
      />
    </section>
  );
}
