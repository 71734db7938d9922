import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { DemoBadge, StatusBadge } from '@/components/ui/badge';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '@/components/ui/states';
import { usePermissions } from '@/features/auth/api/session';
import { applicableIndicators } from '@/utils/indicator-reporting';
import { orderByTargets } from '@/features/submissions/utils/entry-form';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { usePlans } from '@/features/plans/api/get-plans';
import { useHistory } from '@/features/submissions/api/get-history';
import { useSubmission } from '@/features/submissions/api/get-submission';
import { AttachmentsPanel } from '@/features/submissions/components/attachments-panel';
import { DiscussionForm } from '@/features/submissions/components/discussion-form';
import { HistoryTimeline } from '@/features/submissions/components/history-timeline';
import { ReviewActions } from '@/features/submissions/components/review-actions';
import { OnTimeBadge } from '@/features/submissions/components/review-queue-table';
import { SubmissionValues } from '@/features/submissions/components/submission-values';
import { describeJump, dueDate } from '@/features/submissions/utils/warnings';
import { useSubmissionFor } from '@/features/submissions/api/get-submission-for';
import { usePlanTargets } from '@/features/targets/api/get-targets';
import { ApiError } from '@/lib/problem';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';

/**
 * One report under review: the unit's values as a read-only form beside last year's, the jump
 * warnings, whether it came in on time, its whole history, and the reviewer's decision.
 */
export function ReviewDetailRoute() {
  const i18n = useI18n();
  const unitTypes = useUnitTypes();
  const { t, pick, dateTime, date } = i18n;
  const params = useParams();
  const location = useLocation();
  const permissions = usePermissions();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const backTo = (location.state as { backTo?: string } | null)?.backTo ?? '/review';

  const submission = useSubmission(validId && permissions.review ? id : null);
  const history = useHistory(validId && permissions.review ? id : null);
  const plans = usePlans();
  const plan = plans.data?.items.find((p) => p.code === submission.data?.planCode);
  const units = useAllOrgUnits();
  const indicators = usePlanIndicators(plan?.code);
  const targets = usePlanTargets(plan?.code);
  const periods = usePlanPeriods(plan);
  const unit = units.data?.find((u) => u.code === submission.data?.orgUnitCode);
  const period = periods.data?.find((p) => p.code === submission.data?.period);
  const previousYear = period?.type === 'YEARLY' ? String(Number(period.code) - 1) : '';
  const hasPrevious = !!plan && !!previousYear && Number(previousYear) >= plan.firstYear;
  const previous = useSubmissionFor(hasPrevious && submission.data ? { plan: plan!.code, orgUnit: submission.data.orgUnitCode, period: previousYear } : null);

  const shownIndicators = useMemo(() => {
    if (!unit || !period || !indicators.data || !submission.data) return [];
    const expected = applicableIndicators(indicators.data, unit, period.type);
    // A value for an indicator the unit no longer reports is still shown: it was submitted.
    const extra = indicators.data.filter((i) => !expected.includes(i) && submission.data!.values.some((v) => v.indicatorCode === i.code));
    return orderByTargets([...expected, ...extra], targets.data ?? []);
  }, [unit, period, indicators.data, targets.data, submission.data]);
  // The history names fields in the form's order: the unit's indicators first, then any other.
  const historyIndicators = useMemo(
    () => [...shownIndicators, ...(indicators.data ?? []).filter((i) => !shownIndicators.includes(i))],
    [shownIndicators, indicators.data],
  );
  const targetCodes = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const target of targets.data ?? []) map.set(target.indicatorCode, [...(map.get(target.indicatorCode) ?? []), target.code]);
    return map;
  }, [targets.data]);

  const back = (
    <p className="back-link">
      <Link to={backTo}>
        <span aria-hidden="true">← </span>
        {t('review.backToQueue')}
      </Link>
    </p>
  );

  if (!permissions.review) {
    return (
      <>
        <h1>{t('review.detailTitle')}</h1>
        <NoAccessState message={t('review.noAccess')} />
      </>
    );
  }
  if (!validId || (submission.error instanceof ApiError && submission.error.status === 404)) {
    return (
      <>
        {back}
        <EmptyState title={t('review.notFound')} />
      </>
    );
  }
  const setup = [submission, plans, units, indicators, targets, periods];
  const failed = setup.find((q) => q.error);
  if (failed) {
    return (
      <>
        {back}
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  if (!submission.data || !plan || !units.data || !indicators.data || !targets.data || !periods.data || previous.isLoading) {
    return (
      <>
        {back}
        <div className="card">
          <LoadingState rows={6} />
        </div>
      </>
    );
  }

  const data = submission.data;
  const unitName = unit ? pick(unit.nameVi, unit.nameEn) : data.orgUnitCode;
  const periodName = period ? pick(period.nameVi, period.nameEn) : data.period;
  const due = period ? dueDate(period.endDate, plan.reportDeadlineDays) : null;
  const warnings = data.warnings ?? [];

  return (
    <>
      {back}
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('review.detailTitle')}</p>
          <h1>{t('entry.formTitle', { unit: unitName, period: periodName })}</h1>
          <p className="page-head__sub">
            {unit ? unitTypes.name(unit.type) : ''} · <span className="combo__code">{data.orgUnitCode}</span>
          </p>
        </div>
        <div className="btn-row">
          {data.demo && <DemoBadge />}
          <StatusBadge status={data.status} />
        </div>
      </div>

      <div className="review-layout">
        <div className="review-main">
          <section className="card review-summary" aria-label={t('review.summary')}>
            <dl className="facts">
              <div>
                <dt>{t('common.status')}</dt>
                <dd>
                  <StatusBadge status={data.status} />
                </dd>
              </div>
              <div>
                <dt>{t('review.submittedCol')}</dt>
                <dd>
                  {data.submittedAt ? t('review.submittedLine', { by: data.submittedBy ?? '—', time: dateTime(data.submittedAt) }) : t('review.notSubmittedYet')}
                </dd>
              </div>
              <div>
                <dt>{t('review.deadlineCol')}</dt>
                <dd>
                  {due && <span className="nowrap">{t('review.dueOn', { date: date(due) })} </span>}
                  <OnTimeBadge onTime={data.onTime} />
                </dd>
              </div>
              {data.decidedAt && data.decidedBy && (
                <div>
                  <dt>{t('review.lastDecision')}</dt>
                  <dd>{t('review.decidedLine', { by: data.decidedBy, time: dateTime(data.decidedAt) })}</dd>
                </div>
              )}
            </dl>
            {data.reviewComment && (
              <Alert tone={data.status === 'RETURNED' ? 'warning' : 'info'} live={false} title={t('review.reviewerComment')}>
                <p>{data.reviewComment}</p>
              </Alert>
            )}
            {data.comment && (
              <div className="unit-comment">
                <p className="field__label">{t('review.unitComment')}</p>
                <p>{data.comment}</p>
              </div>
            )}
            {data.demo && <Alert tone="info" live={false}>{t('entry.demoBanner')}</Alert>}
          </section>

          {warnings.length > 0 && (
            <Alert tone="warning" title={t('review.warningsTitle')} live={false}>
              <p className="small">{t('review.warningsHint')}</p>
              <ul>
                {warnings.map((warning) => (
                  <li key={warning.indicatorCode}>
                    {describeJump(warning, indicators.data.find((i) => i.code === warning.indicatorCode), i18n)}
                  </li>
                ))}
              </ul>
            </Alert>
          )}

          <section className="card" aria-labelledby="review-values">
            <h2 id="review-values">{t('review.values')}</h2>
            {previous.error && <ErrorState error={previous.error} title={t('review.previousFailed')} onRetry={() => void previous.refetch()} />}
            {shownIndicators.length === 0 ? (
              <EmptyState title={t('entry.noIndicators')} />
            ) : (
              <SubmissionValues
                indicators={shownIndicators}
                values={data.values}
                previous={hasPrevious ? (previous.data?.values ?? []) : null}
                previousYear={previousYear}
                warnings={warnings}
                targetCodes={targetCodes}
              />
            )}
            <ReviewActions
              submission={data}
              unitName={unitName}
              periodName={periodName}
              reload={() => Promise.all([submission.refetch(), history.refetch()])}
            />
          </section>
          <AttachmentsPanel
            submissionId={data.id}
            indicators={shownIndicators}
            canEdit={permissions.report(data.orgUnitCode) && (data.status === 'DRAFT' || data.status === 'RETURNED')}
          />
        </div>

        <aside className="card review-history" aria-labelledby="review-history">
          <h2 id="review-history">{t('review.history')}</h2>
          {history.error ? (
            <ErrorState error={history.error} onRetry={() => void history.refetch()} />
          ) : !history.data ? (
            <LoadingState rows={3} />
          ) : history.data.length === 0 ? (
            <EmptyState title={t('review.historyEmpty')}>{data.demo ? t('review.historyEmptyDemo') : null}</EmptyState>
          ) : (
            <HistoryTimeline events={history.data} indicators={historyIndicators} />
          )}
          <h3>{t('discussion.title')}</h3>
          <DiscussionForm submissionId={data.id} indicators={shownIndicators} />
        </aside>
      </div>
    </>
  );
}
