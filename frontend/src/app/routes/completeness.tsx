import { PageHead } from '@/components/ui/page-head';
import { Field } from '@/components/ui/field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { useCompletenessMatrix } from '@/features/completeness/api/get-completeness-matrix';
import { CompletenessTable } from '@/features/completeness/components/completeness-table';
import { REPORT_STATE_ICONS, ReportStateLabel, type ReportState } from '@/components/progress/report-state';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';

const STATES = Object.keys(REPORT_STATE_ICONS) as ReportState[];

/** Who has reported, year by year: the completeness matrix of the plan, filterable by unit type. */
export function CompletenessRoute() {
  const { t, pick, dateTime } = useI18n();
  const permissions = usePermissions();
  const { plan, query: plansQuery } = useCurrentPlan();
  const [filters, setFilters] = useSearchParamsState(['type'] as const);
  const unitTypes = useUnitTypes();
  // Any code: the server answers an unknown one with a field error, shown as the matrix's error.
  const type = filters.type || undefined;
  const matrix = useCompletenessMatrix(plan?.id, type);
  const planParam = plan ? `plan=${encodeURIComponent(plan.code)}&` : '';

  return (
    <>
      <PageHead title={t('completeness.title')} subtitle={t('completeness.subtitle')} />
      {plansQuery.error ? (
        <ErrorState error={plansQuery.error} onRetry={() => void plansQuery.refetch()} />
      ) : plansQuery.isPending ? (
        <LoadingState />
      ) : !plan ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <section className="card" aria-label={t('completeness.title')}>
          <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()}>
            <Field label={t('review.unitType')}>
              {(control) => (
                <select {...control} className="select" value={type ?? ''} onChange={(e) => setFilters({ type: e.target.value })}>
                  <option value="">{t('review.allUnitTypes')}</option>
                  {(unitTypes.data ?? []).filter((ut) => !ut.topLevel).map((ut) => (
                    <option key={ut.code} value={ut.code}>
                      {pick(ut.nameVi, ut.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </form>
          <div className="matrix-legend small" aria-label={t('completeness.legend')} role="group">
            {STATES.map((state) => (
              <span key={state} className="matrix-legend__item">
                <ReportStateLabel state={state} />
              </span>
            ))}
            <span className="matrix-legend__item">
              <span className="report-state__late">
                <span aria-hidden="true">◷</span> {t('completeness.late')}
              </span>
              <span className="muted">: {t('completeness.lateHint')}</span>
            </span>
          </div>
          {matrix.error ? (
            <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
          ) : !matrix.data ? (
            <LoadingState rows={8} />
          ) : matrix.data.units.length === 0 ? (
            <EmptyState title={t('completeness.empty')} />
          ) : (
            <div aria-busy={matrix.isFetching} style={{ opacity: matrix.isPlaceholderData ? 0.6 : 1 }}>
              <CompletenessTable
                matrix={matrix.data}
                linkTo={(unitCode, cell) =>
                  permissions.review && cell.submissionId !== null
                    ? `/review/${cell.submissionId}`
                    : permissions.readReports && permissions.report(unitCode)
                      ? `/data-entry?${planParam}ou=${encodeURIComponent(unitCode)}&pe=${encodeURIComponent(cell.period)}`
                      : null
                }
              />
              <p className="muted small">{t('completeness.generatedAt', { time: dateTime(matrix.data.generatedAt) })}</p>
            </div>
          )}
        </section>
      )}
    </>
  );
}
