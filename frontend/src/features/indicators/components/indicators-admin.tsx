import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { ActiveBadge, Badge } from '@/components/ui/badge';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { Indicator, OrgUnit, Plan } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';
import { reportsIndicator } from '@/utils/indicator-reporting';
import { usePlanIndicators } from '../api/get-indicators';
import { indicatorToInput, useDeleteIndicator, useSaveIndicator, withActive } from '../api/save-indicator';
import { IndicatorForm } from './indicator-form';

/** The plan's indicators; `units` (every unit, for "reported by" and the form) come from the route. */
export function IndicatorsAdmin({ plan, units }: { plan: Plan; units: readonly OrgUnit[] }) {
  const i18n = useI18n();
  const unitTypes = useUnitTypes();
  const { t, pick, number } = i18n;
  const indicators = usePlanIndicators(plan.code);
  const save = useSaveIndicator();
  const remove = useDeleteIndicator();
  const screen = useAdminScreen<Indicator>();
  const setActive = (indicator: Indicator, active: boolean) =>
    save.mutateAsync({ input: withActive(indicatorToInput(indicator), active), existing: indicator });

  if (indicators.error) return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />;
  if (!indicators.data) return <LoadingState />;

  return (
    <AdminSection id="indicators" title={t('admin.indicators')} count={indicators.data.length} screen={screen}>
      {indicators.data.length === 0 ? (
        <EmptyState />
      ) : (
        <StackTable columns={[{ label: t('common.name') }, { label: t('indicator.valueKind') }, { label: t('indicator.reportedBy') }]}>
          {indicators.data.map((indicator) => {
            const name = pick(indicator.nameVi, indicator.nameEn);
            const count = units.filter((u) => reportsIndicator(indicator, u)).length;
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
                  {indicator.reportingUnitTypes.map((type) => unitTypes.name(type)).join(', ')}
                  {indicator.reportingUnitCodes.length > 0 && <span className="muted small"> ({indicator.reportingUnitCodes.join(', ')})</span>}
                  <br />
                  <span className="muted small">{t('overview.reportingUnits', { count: number(count) })}</span>
                </td>
                <RowActions>
                  <RowButton action={t('common.edit')} name={indicator.code} onClick={() => screen.edit(indicator)} />
                  {indicator.active ? (
                    <RowButton
                      action={t('common.deactivate')}
                      name={indicator.code}
                      onClick={() => screen.ask(confirmation('deactivate', i18n, indicator.code, () => setActive(indicator, false)))}
                    />
                  ) : (
                    <RowButton
                      action={t('common.activate')}
                      name={indicator.code}
                      onClick={() =>
                        screen.runNow(async () => {
                          await setActive(indicator, true);
                          return t('common.saved');
                        })
                      }
                    />
                  )}
                  <RowButton
                    action={t('common.delete')}
                    name={indicator.code}
                    variant="danger"
                    onClick={() => screen.ask(confirmation('delete', i18n, indicator.code, () => remove.mutateAsync(indicator)))}
                  />
                </RowActions>
              </tr>
            );
          })}
        </StackTable>
      )}
      {screen.editing && (
        <IndicatorForm planCode={plan.code} units={units} indicators={indicators.data} editing={screen.editing.item} onClose={(saved) => screen.closeEditor(saved && t('common.saved'))} />
      )}
    </AdminSection>
  );
}
