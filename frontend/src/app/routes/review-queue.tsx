import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { PageHead } from '@/components/ui/page-head';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useReviewCount, useReviewQueue } from '@/features/submissions/api/get-review-queue';
import { ReviewQueueTable } from '@/features/submissions/components/review-queue-table';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import type { SubmissionStatus } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n, type MessageKey } from '@/i18n/i18n';

const PAGE_SIZE = 25;

const TABS: ReadonlyArray<{ status: SubmissionStatus; label: MessageKey; empty: MessageKey }> = [
  { status: 'SUBMITTED', label: 'review.tabSubmitted', empty: 'review.emptySubmitted' },
  { status: 'RETURNED', label: 'review.tabReturned', empty: 'review.emptyReturned' },
  { status: 'APPROVED', label: 'review.tabApproved', empty: 'review.emptyApproved' },
];

function TabCount({ plan, status, period }: { plan: string; status: SubmissionStatus; period?: string }) {
  const { number } = useI18n();
  const count = useReviewCount(plan, status, period);
  return count.data === undefined ? null : <span className="tabs__count">{number(count.data)}</span>;
}

/** The review queue: reports waiting for review (and those returned or approved), by period and unit type. */
export function ReviewQueueRoute() {
  const { t, pick, number } = useI18n();
  const permissions = usePermissions();
  const location = useLocation();
  const { plan, query: plansQuery } = useCurrentPlan();
  const [filters, setFilters] = useSearchParamsState(['status', 'pe', 'type', 'page'] as const);
  const unitTypes = useUnitTypes();
  const units = useAllOrgUnits();
  const periods = usePlanPeriods(plan);
  const status: SubmissionStatus = TABS.some((tab) => tab.status === filters.status) ? (filters.status as SubmissionStatus) : 'SUBMITTED';
  const type = filters.type || undefined;
  const queue = useReviewQueue(permissions.review && plan ? { plan: plan.code, status, period: filters.pe } : null);

  const unitMap = useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u])), [units.data]);
  const periodMap = useMemo(() => new Map((periods.data ?? []).map((p) => [p.code, p])), [periods.data]);
  const shown = useMemo(
    () => (queue.data?.items ?? []).filter((submission) => !type || unitMap.get(submission.orgUnitCode)?.type === type),
    [queue.data, type, unitMap],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(filters.page) || 1));
  const pageItems = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = !!(filters.pe || type);
  const clear = () => setFilters({ pe: null, type: null, page: null });
  const tabHref = (s: SubmissionStatus) => {
    const params = new URLSearchParams(location.search);
    params.set('status', s);
    params.delete('page');
    return `?${params.toString()}`;
  };

  if (!permissions.review) {
    return (
      <>
        <PageHead title={t('review.title')} />
        <NoAccessState message={t('review.noAccess')} />
      </>
    );
  }

  const setup = [plansQuery, units, periods];
  const failed = setup.find((q) => q.error);

  return (
    <>
      <PageHead
        title={t('review.title')}
        subtitle={queue.data ? t('review.shownCount', { count: number(shown.length) }) : t('review.subtitle')}
      />
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : setup.some((q) => q.isPending) ? (
        <LoadingState />
      ) : !plan ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <section className="card" aria-labelledby="review-tabs-label">
          <span id="review-tabs-label" className="visually-hidden">
            {t('review.tabsLabel')}
          </span>
          <nav className="tabs" aria-label={t('review.tabsLabel')}>
            {TABS.map((tab) => (
              <Link key={tab.status} to={tabHref(tab.status)} aria-current={tab.status === status ? 'page' : undefined}>
                {t(tab.label)} <TabCount plan={plan.code} status={tab.status} period={filters.pe} />
              </Link>
            ))}
          </nav>
          <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()}>
            <Field label={t('reports.period')}>
              {(control) => (
                <select {...control} className="select" value={filters.pe ?? ''} onChange={(e) => setFilters({ pe: e.target.value, page: null })}>
                  <option value="">{t('reports.allPeriods')}</option>
                  {(periods.data ?? []).map((p) => (
                    <option key={p.code} value={p.code}>
                      {pick(p.nameVi, p.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('review.unitType')}>
              {(control) => (
                <select {...control} className="select" value={type ?? ''} onChange={(e) => setFilters({ type: e.target.value, page: null })}>
                  <option value="">{t('review.allUnitTypes')}</option>
                  {(unitTypes.data ?? []).filter((ut) => !ut.topLevel).map((ut) => (
                    <option key={ut.code} value={ut.code}>
                      {pick(ut.nameVi, ut.nameEn)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {filtered && <Button onClick={clear}>{t('reports.clearFilters')}</Button>}
          </form>

          {queue.error ? (
            <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
          ) : !queue.data ? (
            <LoadingState />
          ) : shown.length === 0 ? (
            <EmptyState
              title={filtered ? t('review.emptyFiltered') : t(TABS.find((tab) => tab.status === status)!.empty)}
              action={filtered && <Button onClick={clear}>{t('reports.clearFilters')}</Button>}
            />
          ) : (
            <div aria-busy={queue.isFetching} style={{ opacity: queue.isPlaceholderData ? 0.6 : 1 }}>
              <ReviewQueueTable status={status} submissions={pageItems} units={unitMap} periods={periodMap} backTo={`/review${location.search}`} />
              <Pager page={page} size={PAGE_SIZE} total={shown.length} onPage={(p) => setFilters({ page: p })} />
              {queue.data.total > queue.data.items.length && (
                <p className="muted small">{t('review.truncated', { shown: number(queue.data.items.length), total: number(queue.data.total) })}</p>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
