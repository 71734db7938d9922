import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ActiveBadge, Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Indicator, Plan } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { reportsIndicator } from '@/utils/indicator-reporting';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanIndicators } from '../api/get-indicators';
import { indicatorToInput, useDeleteIndicator, useSaveIndicator, withActive } from '../api/save-indicator';
import { IndicatorForm } from './indicator-form';

type Pending = { action: 'delete' | 'deactivate'; indicator: Indicator } | null;

export function IndicatorsAdmin({ plan }: { plan: Plan }) {
  const { t, pick, number } = useI18n();
  const indicators = usePlanIndicators(plan.code);
  const units = useAllOrgUnits();
  const save = useSaveIndicator();
  const remove = useDeleteIndicator();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function confirm() {
    if (!pending) return;
    try {
      if (pending.action === 'delete') await remove.mutateAsync(pending.indicator);
      else await save.mutateAsync({ input: withActive(indicatorToInput(pending.indicator), false), existing: pending.indicator });
      setNotice(pending.action === 'delete' ? t('common.deleted') : t('common.saved'));
      setPending(null);
    } catch {
      // Shown in the dialog (e.g. "used by a target", "has reported values").
    }
  }

  async function activate(indicator: Indicator) {
    setNotice(null);
    try {
      await save.mutateAsync({ input: withActive(indicatorToInput(indicator), true), existing: indicator });
      setNotice(t('common.saved'));
    } catch {
      // Shown above the table.
    }
  }

  const failed = [indicators, units].find((q) => q.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!indicators.data || !units.data) return <LoadingState />;

  return (
    <section className="card" aria-labelledby="indicators-title">
      <div className="page-head">
        <h2 id="indicators-title" style={{ margin: 0 }}>
          {t('admin.indicators')} <span className="muted small">({indicators.data.length})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setEditing('new'); }}>
          + {t('common.create')}
        </Button>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {!pending && save.error && <ErrorState error={save.error} />}
      {indicators.data.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('indicator.valueKind')}</th>
                <th scope="col">{t('indicator.reportedBy')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.data.map((indicator) => {
                const name = pick(indicator.nameVi, indicator.nameEn);
                const count = units.data.filter((u) => reportsIndicator(indicator, u)).length;
                return (
                  <tr key={indicator.id}>
                    <td data-label={t('common.name')}>
                      <strong>{name}</strong> <ActiveBadge active={indicator.active} />
                      <br />
                      <code className="small">{indicator.code}</code>
                      <span className="muted small"> · {pick(indicator.unitVi, indicator.unitEn)}</span>
                    </td>
                    <td data-label={t('indicator.valueKind')}>
                      <Badge>{t(`valueKind.${indicator.valueKind}`)}</Badge>
                      {indicator.itemsRequired && <span className="muted small"> + {t('entry.items').toLowerCase()}</span>}
                    </td>
                    <td data-label={t('indicator.reportedBy')}>
                      {indicator.reportingUnitTypes.map((type) => t(`unitTypePlural.${type}`)).join(', ')}
                      {indicator.reportingUnitCodes.length > 0 && <span className="muted small"> ({indicator.reportingUnitCodes.join(', ')})</span>}
                      <br />
                      <span className="muted small">{t('overview.reportingUnits', { count: number(count) })}</span>
                    </td>
                    <td className="actions">
                      <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
                        <Button size="small" onClick={() => { setNotice(null); setEditing(indicator); }} aria-label={`${t('common.edit')}: ${indicator.code}`}>
                          {t('common.edit')}
                        </Button>
                        {indicator.active ? (
                          <Button size="small" onClick={() => { save.reset(); setPending({ action: 'deactivate', indicator }); }} aria-label={`${t('common.deactivate')}: ${indicator.code}`}>
                            {t('common.deactivate')}
                          </Button>
                        ) : (
                          <Button size="small" onClick={() => void activate(indicator)} aria-label={`${t('common.activate')}: ${indicator.code}`}>
                            {t('common.activate')}
                          </Button>
                        )}
                        <Button size="small" variant="danger" onClick={() => { remove.reset(); setPending({ action: 'delete', indicator }); }} aria-label={`${t('common.delete')}: ${indicator.code}`}>
                          {t('common.delete')}
                        </Button>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <IndicatorForm
          planCode={plan.code}
          units={units.data}
          editing={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('common.saved'));
          }}
        />
      )}
      <ConfirmDialog
        open={!!pending}
        title={pending ? t(pending.action === 'delete' ? 'admin.deleteConfirmTitle' : 'admin.deactivateConfirmTitle', { name: pending.indicator.code }) : ''}
        body={pending?.action === 'delete' ? t('admin.deleteConfirmBody') : t('admin.deactivateConfirmBody')}
        confirmLabel={pending?.action === 'delete' ? t('common.delete') : t('common.deactivate')}
        busy={remove.isPending || save.isPending}
        onClose={() => setPending(null)}
        onConfirm={() => void confirm()}
        error={pending && (pending.action === 'delete' ? remove.error : save.error) ? <ErrorState error={pending.action === 'delete' ? remove.error : save.error} /> : undefined}
      />
    </section>
  );
}
