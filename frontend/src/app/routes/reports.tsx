import { useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { PageHead } from '@/components/ui/page-head';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useSubmissions } from '@/features/submissions/api/get-submissions';
import { SubmissionsTable } from '@/features/submissions/components/submissions-table';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@/lib/api';
import { groupByType } from '@/utils/unit-types';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';

const PAGE_SIZE = 20;

/** Reports of the plan, filtered by period, unit and status (all kept in the address), a page at a time. */
export function ReportsRoute() {
  const { t, pick, number } = useI18n();
  const { plan, query: plansQuery } = useCurrentPlan();
  const [filters, setFilters] = useSearchParamsState(['pe', 'ou', 'status', 'page'] as const);
  const units = useAllOrgUnits();
  const unitTypes = useUnitTypes();
  const periods = usePlanPeriods(plan);
  const indicators = usePlanIndicators(plan?.code);
  const status = SUBMISSION_STATUSES.includes(filters.status as SubmissionStatus) ? (filters.status as SubmissionStatus) : undefined;
  const page = Math.max(1, Number(filters.page) || 1);
  const submissions = useSubmissions(
    plan ? { plan: plan.code, period: filters.pe, orgUnit: filters.ou, status, page, size: PAGE_SIZE, sort: '-updatedAt' } : null,
  );

  const unitMap = useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u])), [units.data]);
  const periodMap = useMemo(() => new Map((periods.data ?? []).map((p) => [p.code, p])), [periods.data]);
  const unitGroups = useMemo(
    () =>
      groupByType(unitTypes.data, units.data ?? [], (u) => u.type),
    [unitTypes.data, units.data],
  );
  const filtered = !!(filters.pe || filters.ou || status);
  // Changing a filter goes back to the first page.
  const setFilter = (change: Partial<Record<'pe' | 'ou' | 'status', string>>) => setFilters({ ...change, page: null });

  const setup = [plansQuery, units, periods, indicators];
  const failed = setup.find((q) => q.error);

  return (
    <>
      <PageHead
        title={t('reports.title')}
        subtitle={submissions.data ? t('reports.total', { count: number(submissions.data.total) }) : undefined}
      />
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : setup.some((q) => q.isPending) ? (
        <LoadingState />
      ) : !plan ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <section className="card" aria-label={t('reports.title')}>
          <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()}>
            <Field label={t('reports.period')}>
              {(control) => (
                <select {...control} className="select" value={filters.pe ?? ''} onChange={(e) => setFilter({ pe: e.target.value })}>
                  <option value="">{t('reports.allPeriods')}</option>
                  {(periods.data ?? []).map((p) => (
                    <option key={p.code} value={p.code}>
                      {pick(p.nameVi, p.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reports.unit')}>
              {(control) => (
                <select {...control} className="select" value={filters.ou ?? ''} onChange={(e) => setFilter({ ou: e.target.value })}>
                  <option value="">{t('reports.allUnits')}</option>
                  {unitGroups.map((group) => (
                    <optgroup key={group.type} label={unitTypes.name(group.type)}>
                      {group.items.map((u) => (
                        <option key={u.code} value={u.code}>
                          {pick(u.nameVi, u.nameEn)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reports.status')}>
              {(control) => (
                <select {...control} className="select" value={status ?? ''} onChange={(e) => setFilter({ status: e.target.value })}>
                  <option value="">{t('reports.allStatuses')}</option>
                  {SUBMISSION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {filtered && (
              <Button onClick={() => setFilters({ pe: null, ou: null, status: null, page: null })}>{t('reports.clearFilters')}</Button>
            )}
          </form>

          {submissions.error ? (
            <ErrorState error={submissions.error} onRetry={() => void submissions.refetch()} />
          ) : !submissions.data ? (
            <LoadingState />
          ) : submissions.data.items.length === 0 ? (
            <EmptyState
              title={t('reports.empty')}
              action={filtered && <Button onClick={() => setFilters({ pe: null, ou: null, status: null, page: null })}>{t('reports.clearFilters')}</Button>}
            />
          ) : (
            <div aria-busy={submissions.isFetching} style={{ opacity: submissions.isPlaceholderData ? 0.6 : 1 }}>
              <SubmissionsTable
                planCode={plan.code}
                submissions={submissions.data.items}
                units={unitMap}
                periods={periodMap}
                indicators={indicators.data ?? []}
              />
              <Pager page={submissions.data.page} size={submissions.data.size} total={submissions.data.total} onPage={(p) => setFilters({ page: p })} />
            </div>
          )}
        </section>
      )}
    </>
  );
}
