import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { Badge } from '@/components/ui/badge';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Indicator, OrgUnit, Plan, Target } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { usePlanTargets } from '../api/get-targets';
import { useDeleteTarget } from '../api/save-target';
import { TargetForm } from './target-form';

/**
 * The plan's targets; `indicators` (the plan's, for names and the form's choice) and `units` (for the
 * allocations' unit picker) come from the route.
 */
export function TargetsAdmin({ plan, indicators, units }: { plan: Plan; indicators: readonly Indicator[]; units: readonly OrgUnit[] }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const targets = usePlanTargets(plan.code);
  const remove = useDeleteTarget();
  const screen = useAdminScreen<Target>();

  if (targets.error) return <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />;
  if (!targets.data) return <LoadingState />;

  return (
    <AdminSection id="targets" title={t('admin.targets')} count={targets.data.length} screen={screen}>
      {targets.data.length === 0 ? (
        <EmptyState title={t('overview.noTargets')} />
      ) : (
        <StackTable columns={[{ label: t('common.code') }, { label: t('target.statement') }, { label: t('target.goal') }]}>
          {targets.data.map((target) => {
            const indicator = indicators.find((i) => i.code === target.indicatorCode);
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
                <RowActions>
                  <RowButton action={t('common.edit')} name={target.code} onClick={() => screen.edit(target)} />
                  <RowButton action={t('common.delete')} name={target.code} variant="danger" onClick={() => screen.ask(confirmation('delete', i18n, target.code, () => remove.mutateAsync(target)))} />
                </RowActions>
              </tr>
            );
          })}
        </StackTable>
      )}
      {screen.editing && (
        <TargetForm plan={plan} indicators={indicators} units={units} editing={screen.editing.item} onClose={(saved) => screen.closeEditor(saved && t('common.saved'))} />
      )}
    </AdminSection>
  );
}
