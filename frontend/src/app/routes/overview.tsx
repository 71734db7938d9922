import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { useAllOrgUnits } from '@/features/org-units/api/get-org-units';
import { usePermissions } from '@/features/auth/api/session';
import { usePlanProgress } from '@/features/overview/api/get-plan-progress';
import { AnnualReport } from '@/features/overview/components/annual-report';
import { useReportTotals } from '@/features/overview/api/get-report-totals';
import { ReportsReceived } from '@/features/overview/components/reports-received';
import { TargetCard } from '@/features/overview/components/target-card';
import { usePlanPeriods } from '@/features/periods/api/get-periods';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { usePlanTargets } from '@/features/targets/api/get-targets';
import { useI18n } from '@/i18n/i18n';

export function OverviewRoute() {
  const { t, pick } = useI18n();
  const { plan, query: plansQuery } = useCurrentPlan();
  const targets = usePlanTargets(plan?.code);
  const indicators = usePlanIndicators(plan?.code);
  const units = useAllOrgUnits();
  const periods = usePlanPeriods(plan);
  const reportTotals = useReportTotals(plan?.id);
  const progress = usePlanProgress(plan?.id);
  const permissions = usePermissions();

  if (plansQuery.isPending) return <LoadingState rows={4} />;
  if (plansQuery.error) return <ErrorState error={plansQuery.error} onRetry={() => void plansQuery.refetch()} />;
  if (!plan) {
    return (
      <EmptyState title={t('plan.none')} action={<Link className="btn btn--primary" to="/admin/plans">{t('nav.admin')}</Link>} />
    );
  }

  const failed = [targets, indicators, units].find((q) => q.error);

  return (
    <>
      <section className="plan-hero" aria-labelledby="plan-title">
        <p className="eyebrow">{t('overview.title')}</p>
        <h1 id="plan-title">{pick(plan.titleVi, plan.titleEn)}</h1>
        <p className="plan-hero__meta">
          <span>{t('plan.years', { from: plan.firstYear, to: plan.lastYear })}</span>
          <span>{t('plan.issuedBy', { body: pick(plan.issuingBodyVi, plan.issuingBodyEn) })}</span>
          {plan.sourceUrl && (
            <a href={plan.sourceUrl} target="_blank" rel="noreferrer">
              {t('plan.source')}
            </a>
          )}
          <Link to={plan.publishedAt ? `/portal/${encodeURIComponent(plan.code)}` : '/portal'}>{t('portal.link')}</Link>
        </p>
        <AnnualReport plan={plan} currentYear={progress.data?.currentYear ?? new Date().getFullYear()} />
      </section>

      <section className="section" aria-labelledby="targets-heading">
        <div className="page-head">
          <h2 id="targets-heading" style={{ margin: 0 }}>{t('overview.targets')}</h2>
          {targets.data && <span className="muted">{t('overview.targetsCount', { count: targets.data.length })}</span>}
        </div>
        {failed ? (
          <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
        ) : !targets.data || !indicators.data || !units.data ? (
          <LoadingState rows={6} />
        ) : targets.data.length === 0 ? (
          <EmptyState title={t('overview.noTargets')} />
        ) : (
          <div className="grid grid--cards">
            {targets.data.map((target) => (
              <TargetCard
                key={target.id}
                target={target}
                indicator={indicators.data!.find((i) => i.code === target.indicatorCode)}
                units={units.data!}
                planCode={plan.code}
                progress={progress.data?.targets.find((p) => p.targetId === target.id)}
                progressLoading={progress.isPending}
                canReport={permissions.readReports}
              />
            ))}
          </div>
        )}
      </section>

      {reportTotals.error || periods.error ? (
        <div className="section">
          <ErrorState error={reportTotals.error ?? periods.error} onRetry={() => { void reportTotals.refetch(); void periods.refetch(); }} />
        </div>
      ) : reportTotals.data && periods.data ? (
        <ReportsReceived periods={periods.data} columns={reportTotals.data} />
      ) : targets.data && indicators.data && units.data ? (
        <div className="card section"><LoadingState /></div>
      ) : null /* a placeholder under the targets' own would jump down when they arrive (layout shift) */}
    </>
  );
}
