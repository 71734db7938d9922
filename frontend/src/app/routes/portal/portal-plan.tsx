import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePublicPlan } from '@/features/portal/api/get-public-plan';
import { DemoNotice } from '@/features/portal/components/demo-notice';
import { PlanFacts } from '@/features/portal/components/plan-facts';
import { PortalTrail } from '@/features/portal/components/portal-trail';
import { PublicTargetCard } from '@/features/portal/components/public-target-card';
import { StatusSummary } from '@/features/portal/components/status-summary';
import { VisitCounter } from '@/features/portal/components/visit-counter';
import { usePageTitle } from '@/features/portal/utils/use-page-title';
import { ApiError } from '@/lib/problem';
import { useI18n } from '@/i18n/i18n';

/** `/portal/:code`: a published plan, each target with its status, latest figure against the threshold and trend. */
export function PortalPlanRoute() {
  const { t, pick } = useI18n();
  const code = useParams().code ?? '';
  const query = usePublicPlan(code);
  const data = query.data;
  usePageTitle(data ? pick(data.plan.titleVi, data.plan.titleEn) : null);

  if (query.isPending) {
    return (
      <>
        <PortalTrail items={[]} />
        <LoadingState rows={6} />
      </>
    );
  }
  if (!data) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PortalTrail items={[]} />
        {missing ? (
          <EmptyState title={t('portal.planNotFound', { code })} action={<Link className="btn" to="/portal">{t('portal.name')}</Link>} />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }

  const { plan, targets } = data;
  const title = pick(plan.titleVi, plan.titleEn);
  return (
    <>
      <PortalTrail items={[{ label: title }]} />
      <DemoNotice demo={plan.demo} />
      <section className="plan-hero section--tight" aria-labelledby="plan-title">
        <p className="eyebrow">{t('portal.planEyebrow')}</p>
        <h1 id="plan-title">{title}</h1>
        <PlanFacts plan={plan} />
        <VisitCounter visit={{ page: 'plan', plan: plan.code }} />
      </section>

      <section className="section" aria-labelledby="targets-heading">
        <h2 id="targets-heading" className="visually-hidden">
          {t('overview.targets')}
        </h2>
        <div className="card status-summary-card">
          <StatusSummary targets={targets} headingLevel="h3" />
        </div>
        {targets.length === 0 ? (
          <EmptyState title={t('overview.noTargets')} />
        ) : (
          <div className="grid grid--cards section--tight">
            {targets.map((target) => (
              <PublicTargetCard key={target.code} planCode={plan.code} target={target} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
