import { Link } from 'react-router';
import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Plan } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { usePlans } from '../api/get-plans';
import { useState } from 'react';
import { useDeletePlan } from '../api/save-plan';
import { downloadJson, getPlanDefinition } from '../api/plan-definition';
import { PlanCopyForm } from './plan-copy-form';
import { PlanDefinitionImport } from './plan-definition-import';
import { PlanForm } from './plan-form';

export function PlansAdmin({ currentCode }: { currentCode?: string }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const plans = usePlans();
  const remove = useDeletePlan();
  const screen = useAdminScreen<Plan>();
  const [copying, setCopying] = useState<Plan | null>(null);
  const [importing, setImporting] = useState(false);

  if (plans.error) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data) return <LoadingState />;

  return (
    <AdminSection
      id="plans"
      title={t('admin.plans')}
      count={plans.data.total}
      screen={screen}
      toolbar={
        <p className="btn-row">
          <Button onClick={() => setImporting(true)}>{t('planDefinition.import')}</Button>
        </p>
      }
    >
      {plans.data.items.length === 0 ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <StackTable columns={[{ label: t('plan.label') }, { label: t('planAdmin.years') }]}>
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
              <RowActions>
                <RowButton action={t('common.edit')} name={plan.code} onClick={() => screen.edit(plan)} />
                <RowButton
                  action={t('planDefinition.download')}
                  name={plan.code}
                  onClick={() =>
                    screen.runNow(async () => {
                      downloadJson(await getPlanDefinition(plan), `${plan.code}.plan.json`);
                      return t('planDefinition.downloaded', { code: plan.code });
                    })
                  }
                />
                <RowButton action={t('planDefinition.copy')} name={plan.code} onClick={() => setCopying(plan)} />
                <RowButton action={t('common.delete')} name={plan.code} variant="danger" onClick={() => screen.ask(confirmation('delete', i18n, plan.code, () => remove.mutateAsync(plan)))} />
              </RowActions>
            </tr>
          ))}
        </StackTable>
      )}
      {copying && (
        <PlanCopyForm
          plan={copying}
          onClose={(copied) => {
            setCopying(null);
            if (copied) screen.setNotice(t('planDefinition.copied', { code: copied.code }));
          }}
        />
      )}
      {importing && (
        <PlanDefinitionImport
          onClose={(summary) => {
            setImporting(false);
            if (summary) screen.setNotice(t('planDefinition.imported', { plan: summary.planCode, created: summary.created, changed: summary.changed }));
          }}
        />
      )}
      {screen.editing && <PlanForm editing={screen.editing.item} onClose={(saved) => screen.closeEditor(saved && t('common.saved'))} />}
    </AdminSection>
  );
}
