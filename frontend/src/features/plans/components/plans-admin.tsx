import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Plan } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { usePlans } from '../api/get-plans';
import { useDeletePlan } from '../api/save-plan';
import { PlanForm } from './plan-form';

export function PlansAdmin({ currentCode }: { currentCode?: string }) {
  const { t, pick } = useI18n();
  const plans = usePlans();
  const remove = useDeletePlan();
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Plan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (plans.error) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data) return <LoadingState />;

  return (
    <section className="card" aria-labelledby="plans-title">
      <div className="page-head">
        <h2 id="plans-title" style={{ margin: 0 }}>
          {t('admin.plans')} <span className="muted small">({plans.data.total})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setEditing('new'); }}>
          + {t('common.create')}
        </Button>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {plans.data.items.length === 0 ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('plan.label')}</th>
                <th scope="col">{t('planAdmin.years')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.items.map((plan) => (
                <tr key={plan.id}>
                  <td data-label={t('plan.label')}>
                    <Link to={`/?plan=${encodeURIComponent(plan.code)}`}>
                      <strong>{pick(plan.titleVi, plan.titleEn)}</strong>
                    </Link>{' '}
                    {plan.code === currentCode && <Badge tone="submitted">✓ {t('plan.label')}</Badge>}
                    <br />
                    <code className="small">{plan.code}</code>
                    <span className="muted small"> · {pick(plan.issuingBodyVi, plan.issuingBodyEn)}</span>
                  </td>
                  <td data-label={t('planAdmin.years')} className="nowrap">
                    {plan.firstYear}–{plan.lastYear}
                  </td>
                  <td className="actions">
                    <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
                      <Button size="small" onClick={() => { setNotice(null); setEditing(plan); }} aria-label={`${t('common.edit')}: ${plan.code}`}>
                        {t('common.edit')}
                      </Button>
                      <Button size="small" variant="danger" onClick={() => { remove.reset(); setDeleting(plan); }} aria-label={`${t('common.delete')}: ${plan.code}`}>
                        {t('common.delete')}
                      </Button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <PlanForm
          editing={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('common.saved'));
          }}
        />
      )}
      <ConfirmDialog
        open={!!deleting}
        title={deleting ? t('admin.deleteConfirmTitle', { name: deleting.code }) : ''}
        body={t('admin.deleteConfirmBody')}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting, {
            onSuccess: () => {
              setDeleting(null);
              setNotice(t('common.deleted'));
            },
          });
        }}
        error={remove.error ? <ErrorState error={remove.error} /> : undefined}
      />
    </section>
  );
}
