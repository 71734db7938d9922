import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Plan, Target } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { usePlanTargets } from '../api/get-targets';
import { useDeleteTarget } from '../api/save-target';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { TargetForm } from './target-form';

export function TargetsAdmin({ plan }: { plan: Plan }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const targets = usePlanTargets(plan.code);
  const indicators = usePlanIndicators(plan.code);
  const remove = useDeleteTarget();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const failed = [targets, indicators].find((q) => q.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!targets.data || !indicators.data) return <LoadingState />;

  return (
    <section className="card" aria-labelledby="targets-title">
      <div className="page-head">
        <h2 id="targets-title" style={{ margin: 0 }}>
          {t('admin.targets')} <span className="muted small">({targets.data.length})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setEditing('new'); }}>
          + {t('common.create')}
        </Button>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {targets.data.length === 0 ? (
        <EmptyState title={t('overview.noTargets')} />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('common.code')}</th>
                <th scope="col">{t('target.statement')}</th>
                <th scope="col">{t('target.goal')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.data.map((target) => {
                const indicator = indicators.data.find((i) => i.code === target.indicatorCode);
                return (
                  <tr key={target.id}>
                    <td data-label={t('common.code')}>
                      <Badge tone="code">{target.code}</Badge>
                    </td>
                    <td data-label={t('target.statement')}>
                      {pick(target.statementVi, target.statementEn)}
                      <br />
                      <span className="muted small">
                        {indicator ? pick(indicator.nameVi, indicator.nameEn) : target.indicatorCode} · {t(`aggregation.${target.aggregation}`)}
                      </span>
                    </td>
                    <td data-label={t('target.goal')} className="nowrap">
                      <strong>{formatThreshold(target, i18n)}</strong> — {formatTiming(target, i18n)}
                    </td>
                    <td className="actions">
                      <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
                        <Button size="small" onClick={() => { setNotice(null); setEditing(target); }} aria-label={`${t('common.edit')}: ${target.code}`}>
                          {t('common.edit')}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => { remove.reset(); setDeleting(target); }} aria-label={`${t('common.delete')}: ${target.code}`}>
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
        <TargetForm
          plan={plan}
          indicators={indicators.data}
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
