import { useMemo } from 'react';
import { Field } from '@/components/ui/field';
import { PageHead } from '@/components/ui/page-head';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { reportsIndicator } from '@/utils/indicator-reporting';
import { DataElementsHelp } from '@/features/exchange/components/data-elements-help';
import { ExportPanel } from '@/features/exchange/components/export-panel';
import { ImportPanel } from '@/features/exchange/components/import-panel';
import { TemplatePanel } from '@/features/exchange/components/template-panel';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useI18n } from '@/i18n/i18n';

/**
 * Bulk data exchange: the Excel template, importing a file (dry run first, then for real) and
 * exporting stored values. Each part is shown to the roles the API lets use it.
 */
export function ExchangeRoute() {
  const { t, pick } = useI18n();
  const permissions = usePermissions();
  const { plan, plans, query: plansQuery } = useCurrentPlan();
  const [, setParams] = useSearchParamsState(['plan'] as const);
  const units = useAllOrgUnits();
  const periods = usePlanPeriods(plan);
  const indicators = usePlanIndicators(plan?.code);

  // Units reporting something in the plan; a reporter only their own.
  const reportingUnits = useMemo(
    () =>
      (units.data ?? []).filter(
        (u) =>
          u.active &&
          (indicators.data ?? []).some((i) => reportsIndicator(i, u)) &&
          (!permissions.reportUnits || permissions.reportUnits.includes(u.code)),
      ),
    [units.data, indicators.data, permissions.reportUnits],
  );
  // The latest period that has begun (this year's, or the plan's last one once it is over).
  const defaultPeriod = useMemo(() => {
    const list = periods.data ?? [];
    const thisYear = new Date().getFullYear();
    return [...list].reverse().find((p) => Number(p.code.slice(0, 4)) <= thisYear)?.code ?? list[0]?.code ?? '';
  }, [periods.data]);

  if (permissions.signedIn && !permissions.exchange) {
    return (
      <>
        <PageHead title={t('exchange.title')} />
        <NoAccessState message={t('exchange.noAccess')} />
      </>
    );
  }

  const setup = [plansQuery, units, periods, indicators];
  const failed = setup.find((q) => q.error);
  const limitedTo = permissions.reportUnits
    ? reportingUnits.map((u) => pick(u.nameVi, u.nameEn)).join(', ') || permissions.reportUnits.join(', ')
    : null;
  const exampleUnit = reportingUnits.find((u) => u.type === 'WARD') ?? reportingUnits[0];
  const example = { unit: exampleUnit?.code ?? 'P01', period: defaultPeriod || '2017' };

  return (
    <>
      <PageHead title={t('exchange.title')} subtitle={t('exchange.subtitle')} />
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : setup.some((q) => q.isPending) ? (
        <LoadingState />
      ) : !plan ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <div className="exchange-layout">
          <form className="filters exchange-plan" aria-label={t('plan.label')} onSubmit={(e) => e.preventDefault()}>
            <Field label={t('plan.label')}>
              {(control) => (
                <select {...control} className="select" value={plan.code} onChange={(e) => setParams({ plan: e.target.value })}>
                  {plans.map((p) => (
                    <option key={p.code} value={p.code}>
                      {pick(p.titleVi, p.titleEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </form>
          <div className="exchange-grid">
            <TemplatePanel
              key={`template-${plan.code}`}
              planCode={plan.code}
              periods={periods.data ?? []}
              defaultPeriod={defaultPeriod}
              units={reportingUnits}
              limited={!!permissions.reportUnits}
            />
            {permissions.exportData && (
              <ExportPanel key={`export-${plan.code}`} planCode={plan.code} periods={periods.data ?? []} defaultPeriod={defaultPeriod} units={reportingUnits} />
            )}
          </div>
          {permissions.importData && <ImportPanel planCode={plan.code} limitedTo={limitedTo} />}
          <DataElementsHelp indicators={indicators.data ?? []} example={example} />
        </div>
      )}
    </>
  );
}
