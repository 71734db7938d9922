import { useEffect, useMemo, useRef } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { AttachmentsPanel, type AttachmentsHandle } from '@/features/submissions/components/attachments-panel';
import { EntryForm } from '@/features/submissions/components/entry-form';
import { PeriodSelect } from '@/features/submissions/components/period-select';
import { ReportDiscussion } from '@/features/submissions/components/report-discussion';
import { UnitPicker } from '@/features/submissions/components/unit-picker';
import { applicableIndicators } from '@/utils/indicator-reporting';
import { orderByTargets } from '@/features/submissions/utils/entry-form';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useSubmissionFor } from '@/features/submissions/api/get-submission-for';
import { usePlanTargets } from '@/features/targets/api/get-targets';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useI18n } from '@/i18n/i18n';

/** Data entry: `?ou=<unit code>&pe=<period code>` (with `plan`) names the report on screen. */
export function DataEntryRoute() {
  const { t } = useI18n();
  const { plan, query: plansQuery } = useCurrentPlan();
  const [selection, setSelection] = useSearchParamsState(['ou', 'pe'] as const);
  const units = useAllOrgUnits();
  const indicators = usePlanIndicators(plan?.code);
  const periods = usePlanPeriods(plan);
  const targets = usePlanTargets(plan?.code);

  const permissions = usePermissions();
  const attachments = useRef<AttachmentsHandle>(null);
  // Only units that report something in this plan are offered (the district itself reports
  // nothing), and a ward officer is offered only their own ward.
  const reportingUnits = useMemo(
    () =>
      (units.data ?? []).filter(
        (u) =>
          u.active &&
          applicableIndicators(indicators.data ?? [], u).length > 0 &&
          (!permissions.reportUnits || permissions.reportUnits.includes(u.code)),
      ),
    [units.data, indicators.data, permissions.reportUnits],
  );
  // Someone who reports for exactly one unit starts there.
  const onlyUnit = permissions.reportUnits?.length === 1 ? permissions.reportUnits[0] : undefined;
  useEffect(() => {
    if (onlyUnit && !selection.ou) setSelection({ ou: onlyUnit }, { replace: true });
  }, [onlyUnit, selection.ou, setSelection]);
  const unit = units.data?.find((u) => u.code === selection.ou);
  const period = periods.data?.find((p) => p.code === selection.pe);
  const unitIndicators = useMemo(
    () => (unit && period ? orderByTargets(applicableIndicators(indicators.data ?? [], unit, period.type), targets.data ?? []) : []),
    [unit, period, indicators.data, targets.data],
  );
  const previousYear = period ? String(Number(period.code.slice(0, 4)) - 1) : '';
  const key = plan && unit && period ? { plan: plan.code, orgUnit: unit.code, period: period.code } : null;
  const submission = useSubmissionFor(key);
  const previous = useSubmissionFor(key && period?.type === 'YEARLY' ? { ...key, period: previousYear } : null);

  const setupQueries = [plansQuery, units, indicators, periods, targets];
  const failed = setupQueries.find((q) => q.error);

  return (
    <>
      <PageHead title={t('entry.title')} />
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : setupQueries.some((q) => q.isPending) ? (
        <LoadingState rows={2} />
      ) : !plan ? (
        <EmptyState title={t('plan.none')} />
      ) : (
        <div className="entry-layout">
          <section className="card" aria-label={t('entry.selectionLabel')}>
            <div className="selection">
              <UnitPicker units={reportingUnits} value={unit?.code ?? null} onChange={(ou) => setSelection({ ou })} />
              <PeriodSelect periods={periods.data ?? []} value={period?.code ?? null} onChange={(pe) => setSelection({ pe })} />
            </div>
          </section>

          {!unit || !period ? (
            <div className="card">
              <EmptyState title={t('entry.pickBoth')} />
            </div>
          ) : unitIndicators.length === 0 ? (
            <div className="card">
              <EmptyState title={t('entry.noIndicators')} />
            </div>
          ) : submission.error ? (
            <ErrorState error={submission.error} onRetry={() => void submission.refetch()} />
          ) : submission.isPending || previous.isLoading ? (
            <div className="card">
              <LoadingState rows={6} />
            </div>
          ) : (
            <EntryForm
              key={`${plan.code}/${unit.code}/${period.code}`}
              submissionKey={key!}
              unit={unit}
              period={period}
              indicators={unitIndicators}
              targets={targets.data ?? []}
              submission={submission.data ?? null}
              previous={previous.data ?? null}
              previousYear={previousYear}
              canEdit={permissions.report(unit.code)}
              canReview={permissions.review}
              reload={async () => (await submission.refetch()).data}
              onAttach={submission.data ? (code) => attachments.current?.attachTo(code) : undefined}
            />
          )}
          {unit && period && submission.data && permissions.readReports && (
            <AttachmentsPanel
              ref={attachments}
              submissionId={submission.data.id}
              indicators={unitIndicators}
              canEdit={permissions.report(unit.code) && (submission.data.status === 'DRAFT' || submission.data.status === 'RETURNED')}
            />
          )}
          {unit && period && submission.data && permissions.readReports && (
            <ReportDiscussion submissionId={submission.data.id} indicators={unitIndicators} />
          )}
        </div>
      )}
    </>
  );
}
